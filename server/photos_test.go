package server_test

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yuanbahui/ent"
)

// gpsMarker is text inside the test photo's EXIF GPS block; a stored photo
// that still holds it kept the location.
const gpsMarker = "GPS 31.18N 108.39E"

// jpegWithGPS is a small JPEG with an APP1 EXIF segment holding an
// orientation (6: rotated) and a GPS block (gpsMarker), as a phone writes.
func jpegWithGPS(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 32, 24))
	for x := 0; x < 32; x++ {
		for y := 0; y < 24; y++ {
			img.Set(x, y, color.RGBA{uint8(x * 8), uint8(y * 10), 90, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	// EXIF: big-endian TIFF, IFD0 with orientation 6 and a GPS IFD pointer
	// to an IFD whose ASCII latitude reference carries the marker.
	tiff := []byte{'M', 'M', 0, 0x2A, 0, 0, 0, 8, 0, 2,
		0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0,
		0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38,
		0, 0, 0, 0}
	gps := []byte{0, 1, 0, 2, 0, 2, 0, 0, 0, byte(len(gpsMarker) + 1), 0, 0, 0, 56, 0, 0, 0, 0}
	tiff = append(append(tiff, gps...), append([]byte(gpsMarker), 0)...)
	payload := append([]byte("Exif\x00\x00"), tiff...)
	seg := []byte{0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(seg[2:], uint16(len(payload)+2))
	raw := buf.Bytes()
	out := append([]byte{}, raw[:2]...)
	out = append(append(out, seg...), payload...)
	return append(out, raw[2:]...)
}

// upload POSTs body to /photos as token with the content type ctype.
func upload(a *api, token, ctype string, body []byte) (int, map[string]any) {
	a.t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/photos", bytes.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	req.Header.Set("Authorization", "Bearer "+token)
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	var out map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		a.t.Fatalf("POST /photos: %d, not JSON: %s", rec.Code, rec.Body)
	}
	return rec.Code, out
}

// uploadError is the code and message of a refused upload's answer.
func uploadError(out map[string]any) (code, message string) {
	errs, _ := out["errors"].([]any)
	if len(errs) == 0 {
		return "", ""
	}
	e := errs[0].(map[string]any)
	ext, _ := e["extensions"].(map[string]any)
	code, _ = ext["code"].(string)
	message, _ = e["message"].(string)
	return code, message
}

// download GETs path as token.
func download(a *api, token, path string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	return rec
}

// TestPhotos attaches a phone's photo to a ticket's documents through the
// real handler: the upload is stored without its GPS data (keeping its
// orientation), once however often it is sent; a text file called a JPEG
// and an oversize body are refused as BAD_USER_INPUT, in the user's
// language; the agent attaches it and reads it back with nosniff and a
// private cache; an agent of another courtyard neither sees it (404, and
// not in the ticket) nor may attach to the ticket, nor may an officer of
// the courtyard who does not handle it. On both databases.
func TestPhotos(t *testing.T) {
	w := newServiceWorld(t)
	a := w.a
	pic := jpegWithGPS(t)

	status, out := upload(a, w.tokens["agent"], "image/jpeg", pic)
	if status != http.StatusCreated {
		t.Fatalf("upload: %d %v", status, out)
	}
	hash, _ := out["hash"].(string)
	if len(hash) != 64 || out["contentType"] != "image/jpeg" || out["width"] != 32.0 || out["height"] != 24.0 {
		t.Fatalf("upload answered %v", out)
	}
	stored, err := os.ReadFile(filepath.Join(a.photoDir, hash[:2], hash[2:]))
	if err != nil {
		t.Fatalf("stored file: %v", err)
	}
	if bytes.Contains(stored, []byte(gpsMarker)) || bytes.Contains(stored, []byte{0x88, 0x25}) {
		t.Fatal("the stored photo still holds its GPS data")
	}
	if !bytes.Contains(stored, []byte{0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6}) {
		t.Fatal("the stored photo lost its orientation")
	}
	if _, _, err := image.Decode(bytes.NewReader(stored)); err != nil {
		t.Fatalf("the stored photo does not decode: %v", err)
	}

	// The same picture again (sent as octet-stream): the same hash, one file.
	if status, again := upload(a, w.tokens["agent"], "application/octet-stream", pic); status != http.StatusCreated || again["hash"] != hash {
		t.Fatalf("second upload: %d %v, want hash %s", status, again, hash)
	}
	if files, _ := os.ReadDir(filepath.Join(a.photoDir, hash[:2])); len(files) != 1 {
		t.Fatalf("%d files for one picture, want 1", len(files))
	}

	// A text file called a JPEG: refused by its content, in Chinese by default.
	status, out = upload(a, w.tokens["agent"], "image/jpeg", []byte("收据：水管 120 元\n"))
	if code, message := uploadError(out); status != http.StatusBadRequest || code != "BAD_USER_INPUT" || !strings.Contains(message, "JPEG") || !strings.Contains(message, "照片") {
		t.Fatalf("text as JPEG: %d %q %q", status, code, message)
	}
	// Too large: 413, BAD_USER_INPUT.
	status, out = upload(a, w.tokens["agent"], "image/jpeg", append(pic, make([]byte, 8<<20)...))
	if code, _ := uploadError(out); status != http.StatusRequestEntityTooLarge || code != "BAD_USER_INPUT" {
		t.Fatalf("oversize: %d %q", status, code)
	}
	// A form post (which a cross-site page could send) is refused.
	if status, _ = upload(a, w.tokens["agent"], "multipart/form-data; boundary=x", pic); status != http.StatusUnsupportedMediaType {
		t.Fatalf("form post: %d, want 415", status)
	}

	tk := ticketOf(t, w.do(t, "agent", "submitTicket", map[string]any{
		"applicantId": ent.EncodeGlobalID(w.applicant.ID), "serviceTypeId": ent.EncodeGlobalID(w.allowance.ID),
		"mode": "END_TO_END", "documentsReceived": []string{"身份证"},
	}, ticketFields))
	attach := func(role string, input map[string]any) outcome {
		return w.do(t, role, "attachPhoto", input, `photo { id url kind document contentType size width height ticket { id } }`)
	}
	expectRefused(t, "a document the service does not list", attach("agent", map[string]any{"hash": hash, "ticketId": tk.ID, "document": "结婚证"}), "BAD_USER_INPUT", "input.document")
	expectRefused(t, "a hash never uploaded", attach("agent", map[string]any{"hash": strings.Repeat("0", 64), "ticketId": tk.ID}), "BAD_USER_INPUT", "input.hash")
	expectRefused(t, "an officer of the courtyard who does not handle the ticket", attach("publicist", map[string]any{"hash": hash, "ticketId": tk.ID}), "FORBIDDEN", "")
	if code := attach("otherAgent", map[string]any{"hash": hash, "ticketId": tk.ID}).refused(); code != "NOT_FOUND" {
		t.Fatalf("an agent of another courtyard attaching: %q, want NOT_FOUND", code)
	}

	o := attach("agent", map[string]any{"hash": hash, "ticketId": tk.ID, "document": "身份证"})
	if o.refused() != "" {
		t.Fatalf("attach: %s %+v", o.refused(), o.userErrors)
	}
	var p struct {
		ID, URL, Kind, Document, ContentType string
		Size, Width, Height                  int
		Ticket                               struct{ ID string }
	}
	o.get(t, "photo", &p)
	if p.Kind != "DOCUMENT" || p.Document != "身份证" || p.ContentType != "image/jpeg" || p.Size != len(stored) || p.Width != 32 || p.Ticket.ID != tk.ID {
		t.Fatalf("attached %+v", p)
	}

	rec := download(a, w.tokens["agent"], p.URL)
	if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), stored) {
		t.Fatalf("GET %s: %d, %d bytes", p.URL, rec.Code, rec.Body.Len())
	}
	h := rec.Header()
	if h.Get("Content-Type") != "image/jpeg" || h.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(h.Get("Cache-Control"), "private") {
		t.Fatalf("GET headers %v", h)
	}
	// The village cadre sees the ticket, so the photo.
	if rec := download(a, w.tokens["cadre"], p.URL); rec.Code != http.StatusOK {
		t.Fatalf("cadre GET: %d", rec.Code)
	}
	// Another courtyard's agent sees neither.
	if rec := download(a, w.tokens["otherAgent"], p.URL); rec.Code != http.StatusNotFound {
		t.Fatalf("other courtyard's agent GET: %d, want 404", rec.Code)
	}
	a.token = w.tokens["otherAgent"]
	var seen struct{ Photos struct{ TotalCount int } }
	a.query(`{ photos { totalCount } }`, nil, &seen)
	if seen.Photos.TotalCount != 0 {
		t.Fatalf("other courtyard's agent lists %d photos", seen.Photos.TotalCount)
	}
	a.token = w.tokens["agent"]
	var ticket struct {
		Node struct {
			Photos []struct{ ID, Document string }
		}
	}
	a.query(`query($id: ID!) { node(id: $id) { ... on Ticket { photos { id document } } } }`, map[string]any{"id": tk.ID}, &ticket)
	if len(ticket.Node.Photos) != 1 || ticket.Node.Photos[0].ID != p.ID {
		t.Fatalf("ticket's photos %+v", ticket.Node.Photos)
	}
	// Without a session: 401.
	if rec := download(a, "", p.URL); rec.Code != http.StatusUnauthorized {
		t.Fatalf("anonymous GET: %d", rec.Code)
	}
}

// TestPhotosOnIssueSteps attaches receipts to an issue's execution step:
// a receipt on another step is refused, an agent of another courtyard finds
// no step to attach to, and the step history shows the photo. On both
// databases.
func TestPhotosOnIssueSteps(t *testing.T) {
	w := newServiceWorld(t)
	a := w.a
	_, out := upload(a, w.tokens["agent"], "image/jpeg", jpegWithGPS(t))
	hash, _ := out["hash"].(string)
	id := w.issueAt(t, "confirmIssue", "recordVisit", "decideIssue", "executeIssue")
	a.token = w.tokens["admin"]
	var is struct {
		Node struct{ Steps []struct{ ID, Step string } }
	}
	a.query(`query($id: ID!) { node(id: $id) { ... on Issue { steps { id step } } } }`, map[string]any{"id": id}, &is)
	steps := map[string]string{}
	for _, s := range is.Node.Steps {
		steps[s.Step] = s.ID
	}
	attach := func(role, step, kind string) outcome {
		return w.do(t, role, "attachPhoto", map[string]any{"hash": hash, "issueStepId": steps[step], "kind": kind}, `photo { id kind issueStep { id } }`)
	}
	expectRefused(t, "a receipt on the confirmation", attach("agent", "CONFIRMED", "RECEIPT"), "BAD_USER_INPUT", "input.kind")
	expectRefused(t, "a document photo on a step", attach("agent", "EXECUTED", "DOCUMENT"), "BAD_USER_INPUT", "input.kind")
	if code := attach("otherAgent", "EXECUTED", "RECEIPT").refused(); code != "NOT_FOUND" {
		t.Fatalf("an agent of another courtyard: %q, want NOT_FOUND", code)
	}
	o := attach("agent", "EXECUTED", "RECEIPT")
	if o.refused() != "" {
		t.Fatalf("receipt: %s %+v", o.refused(), o.userErrors)
	}
	var hist struct {
		Node struct {
			Steps []struct {
				Step   string
				Photos []struct{ Kind, URL string }
			}
		}
	}
	a.query(`query($id: ID!) { node(id: $id) { ... on Issue { steps { step photos { kind url } } } } }`, map[string]any{"id": id}, &hist)
	n := 0
	for _, s := range hist.Node.Steps {
		for _, p := range s.Photos {
			n++
			if s.Step != "EXECUTED" || p.Kind != "RECEIPT" || !strings.HasPrefix(p.URL, "/photos/") {
				t.Fatalf("step %s shows photo %+v", s.Step, p)
			}
		}
	}
	if n != 1 {
		t.Fatalf("the history shows %d photos, want 1", n)
	}
}
