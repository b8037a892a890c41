// Package photo checks, cleans and stores the photos officers attach to
// records (an issue step, a receipt of the execution step, a ticket's
// documents): the type is judged by the content (JPEG or PNG, decodable,
// within a size and pixel bound), whatever the upload calls itself;
// location and other metadata are stripped losslessly (a JPEG keeps only its
// orientation of its EXIF, a PNG only the chunks that affect how it looks);
// the cleaned bytes are stored once under their SHA-256 in a directory the
// deployment names (Store). Which records a photo belongs to and who may see
// it is the Photo record's (ent/schema/photo.go, internal/workflow/photo.go).
//
// 照片：按内容判断类型（JPEG、PNG），去除位置等元数据，按 SHA-256 存储。
package photo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image"
	_ "image/jpeg" // registers JPEG with image.Decode
	_ "image/png"  // registers PNG with image.Decode

	"yuanbahui/internal/apierr"
	"yuanbahui/internal/refusal"
)

// DefaultMaxBytes is the default bound of one photo's size (8 MiB).
const DefaultMaxBytes = 8 << 20

// MaxPixels bounds a photo's width × height (a decompression bomb declares
// a huge image in a few bytes): 50 megapixels, more than a phone takes.
const MaxPixels = 50_000_000

// Image is a checked and cleaned photo.
type Image struct {
	// Data are the cleaned bytes, as stored.
	Data []byte
	// ContentType is the MIME type found from the content: image/jpeg or image/png.
	ContentType string
	// Width and Height are the pixel dimensions.
	Width, Height int
	// Hash is the hex SHA-256 of Data, the name it is stored under.
	Hash string
}

// Clean checks data as a photo of at most maxBytes (DefaultMaxBytes when
// 0) and returns it with its metadata stripped. A refusal is an
// apierr.Refusal on the field "photo" (BAD_USER_INPUT).
func Clean(data []byte, maxBytes int64) (*Image, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if int64(len(data)) > maxBytes {
		return nil, apierr.Refuse(refusal.ErrInvalid, "photo", "the photo is %d bytes; at most %d are accepted", len(data), maxBytes)
	}
	if len(data) == 0 {
		return nil, apierr.Refuse(refusal.ErrInvalid, "photo", "the file is empty")
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || (format != "jpeg" && format != "png") {
		return nil, apierr.Refuse(refusal.ErrInvalid, "photo", "the file is not a photo: send a JPEG or PNG picture")
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > MaxPixels {
		return nil, apierr.Refuse(refusal.ErrInvalid, "photo", "the photo is %d×%d pixels; at most %d pixels are accepted", cfg.Width, cfg.Height, MaxPixels)
	}
	var clean []byte
	var ctype string
	switch format {
	case "jpeg":
		clean, err = stripJPEG(data)
		ctype = "image/jpeg"
	default:
		clean, err = stripPNG(data)
		ctype = "image/png"
	}
	if err == nil {
		// The whole picture must decode, not only its header.
		_, _, err = image.Decode(bytes.NewReader(clean))
	}
	if err != nil {
		return nil, apierr.Refuse(refusal.ErrInvalid, "photo", "the file is not a photo: send a JPEG or PNG picture")
	}
	sum := sha256.Sum256(clean)
	return &Image{Data: clean, ContentType: ctype, Width: cfg.Width, Height: cfg.Height, Hash: hex.EncodeToString(sum[:])}, nil
}
