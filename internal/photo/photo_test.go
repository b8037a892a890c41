package photo

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"yuanbahui/internal/refusal"
)

// withChunk inserts a PNG chunk of kind and data after IHDR.
func withChunk(t *testing.T, p []byte, kind string, data []byte) []byte {
	t.Helper()
	ihdrEnd := 8 + 12 + int(binary.BigEndian.Uint32(p[8:]))
	c := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	c = append(c, kind...)
	c = append(c, data...)
	c = binary.BigEndian.AppendUint32(c, crc32.ChecksumIEEE(append([]byte(kind), data...)))
	return append(append(append([]byte{}, p[:ihdrEnd]...), c...), p[ihdrEnd:]...)
}

// TestCleanPNG drops a PNG's text and EXIF chunks (where a location would
// be), keeps the picture, and stores it once under its hash.
func TestCleanPNG(t *testing.T) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 5, 7))); err != nil {
		t.Fatal(err)
	}
	dirty := withChunk(t, buf.Bytes(), "tEXt", []byte("Location\x0031.18N 108.39E"))
	dirty = withChunk(t, dirty, "eXIf", []byte("MM\x00\x2aGPS"))
	img, err := Clean(dirty, 0)
	if err != nil {
		t.Fatal(err)
	}
	if img.ContentType != "image/png" || img.Width != 5 || img.Height != 7 {
		t.Fatalf("cleaned %s %dx%d", img.ContentType, img.Width, img.Height)
	}
	if bytes.Contains(img.Data, []byte("108.39E")) || bytes.Contains(img.Data, []byte("eXIf")) {
		t.Fatal("the location survived")
	}
	if !bytes.Equal(img.Data, buf.Bytes()) {
		t.Fatal("cleaning changed more than the metadata")
	}
	s := Store{Dir: t.TempDir()}
	for range 2 {
		if err := s.Put(img); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := os.ReadDir(filepath.Join(s.Dir, img.Hash[:2]))
	if len(files) != 1 {
		t.Fatalf("%d files, want 1", len(files))
	}
	info, err := s.Stat(img.Hash)
	if err != nil || info.ContentType != "image/png" || info.Size != int64(len(img.Data)) {
		t.Fatalf("stat %+v %v", info, err)
	}
}

// TestCleanRefuses refuses what is not a whole JPEG or PNG within the size.
func TestCleanRefuses(t *testing.T) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 5, 7))); err != nil {
		t.Fatal(err)
	}
	gif := []byte("GIF89a\x01\x00\x01\x00\x00\x00\x00;")
	for name, data := range map[string][]byte{
		"text":      []byte("not a photo"),
		"gif":       gif,
		"truncated": buf.Bytes()[:len(buf.Bytes())-20],
		"empty":     nil,
	} {
		if _, err := Clean(data, 0); !errors.Is(err, refusal.ErrInvalid) {
			t.Errorf("%s: %v, want a refusal", name, err)
		}
	}
	if _, err := Clean(buf.Bytes(), 10); !errors.Is(err, refusal.ErrInvalid) {
		t.Errorf("oversize: %v, want a refusal", err)
	}
}
