package server

import (
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"time"

	"yuanbahui/ent"
	"yuanbahui/internal/apierr"
	"yuanbahui/internal/msg"
	"yuanbahui/internal/photo"
	"yuanbahui/internal/viewer"
)

// uploadedPhoto is POST /photos's answer: the hash attachPhoto takes, and
// what the content was found to be.
type uploadedPhoto struct {
	Hash        string `json:"hash"`
	ContentType string `json:"contentType"`
	Size        int    `json:"size"`
	Width       int    `json:"width"`
	Height      int    `json:"height"`
}

// photoUpload serves POST /photos: the request body is one picture (the
// file's bytes, with Content-Type image/* or application/octet-stream: a
// type a cross-site form cannot send, so a browser asks first under CORS),
// from an account that records work. The picture is checked by its content
// (JPEG or PNG, at most maxBytes), stripped of location and other metadata
// and stored by its SHA-256 (the same picture twice is one file); the answer
// (201) is its hash, to attach it with the attachPhoto mutation, which checks
// the record.
func photoUpload(store photo.Store, maxBytes int64, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		lang := msg.LangOf(ctx)
		v := viewer.FromContext(ctx)
		switch {
		case v == nil:
			writeError(w, http.StatusUnauthorized, apierr.Unauthenticated, msg.T("authentication required").In(lang))
			return
		case !v.Role.RecordsWork():
			writeError(w, http.StatusForbidden, apierr.Forbidden, msg.T("this account may not change data").In(lang))
			return
		}
		ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if ct != "application/octet-stream" && (len(ct) < 6 || ct[:6] != "image/") {
			writeError(w, http.StatusUnsupportedMediaType, apierr.BadUserInput,
				msg.T("send the photo's bytes as the request body, with Content-Type image/jpeg or image/png").In(lang))
			return
		}
		data, err := io.ReadAll(io.LimitReader(r.Body, maxBytes+1))
		if err != nil {
			writeError(w, http.StatusRequestEntityTooLarge, apierr.BadUserInput,
				msg.T("the photo is larger than %d bytes", maxBytes).In(lang))
			return
		}
		img, err := photo.Clean(data, maxBytes)
		if err != nil {
			c, _ := apierr.ClassifyIn(lang, err)
			status := c.Code.Status()
			if int64(len(data)) > maxBytes {
				status = http.StatusRequestEntityTooLarge
			}
			writeError(w, status, c.Code, c.Message)
			return
		}
		if err := store.Put(img); err != nil {
			log.ErrorContext(ctx, "storing a photo", "error", err)
			writeError(w, http.StatusInternalServerError, apierr.Internal, msg.T("internal error").In(lang))
			return
		}
		writeJSON(w, http.StatusCreated, uploadedPhoto{Hash: img.Hash, ContentType: img.ContentType, Size: len(img.Data), Width: img.Width, Height: img.Height})
	})
}

// photoDownload serves GET /photos/{id}: the picture of the photo id, to a
// viewer who may see it — one who may see its record (the Photo's privacy);
// to others, and for ids that are no photo, 404. The answer is private to
// the browser (Cache-Control private), typed as stored (nosniff), and
// honours Range and If-None-Match (the ETag is the hash).
func photoDownload(client *ent.Client, store photo.Store, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		lang := msg.LangOf(ctx)
		if viewer.FromContext(ctx) == nil {
			writeError(w, http.StatusUnauthorized, apierr.Unauthenticated, msg.T("authentication required").In(lang))
			return
		}
		id, err := strconv.Atoi(r.PathValue("id"))
		if err != nil {
			writeError(w, http.StatusNotFound, apierr.NotFound, msg.T("no such photo").In(lang))
			return
		}
		p, err := client.Photo.Get(ctx, id)
		switch {
		case ent.IsNotFound(err):
			writeError(w, http.StatusNotFound, apierr.NotFound, msg.T("no such photo").In(lang))
			return
		case err != nil:
			c, _ := apierr.ClassifyIn(lang, err)
			writeError(w, c.Code.Status(), c.Code, c.Message)
			return
		}
		f, err := store.Open(p.Sha256)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				log.ErrorContext(ctx, "opening a photo", "photo", p.ID, "error", err)
			}
			writeError(w, http.StatusNotFound, apierr.NotFound, msg.T("no such photo").In(lang))
			return
		}
		defer f.Close()
		h := w.Header()
		h.Set("Content-Type", p.ContentType)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "private, max-age=86400")
		h.Set("Content-Security-Policy", "default-src 'none'")
		h.Set("ETag", `"`+p.Sha256+`"`)
		http.ServeContent(w, r, "", time.Time{}, f)
	})
}
