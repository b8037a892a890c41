package photo

import (
	"errors"
	"fmt"
	"image"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
)

// Store keeps photos as files named by their SHA-256 under a directory:
// DIR/ab/cdef… (the first two hex digits name a subdirectory). The same
// content is stored once; a file is written to a temporary name and renamed,
// so a reader never sees half a photo. S3-compatible storage can stand in
// later behind the same two methods.
type Store struct {
	// Dir is the directory the deployment names (serve --photo-dir).
	Dir string
}

// hashPattern is a hex SHA-256.
var hashPattern = regexp.MustCompile(`^[0-9a-f]{64}$`)

// ValidHash tells whether h is a hex SHA-256 (as Image.Hash).
func ValidHash(h string) bool { return hashPattern.MatchString(h) }

// Path is where the photo with hash h is stored.
func (s Store) Path(h string) string { return filepath.Join(s.Dir, h[:2], h[2:]) }

// Put stores img (once: content already stored is left as it is).
func (s Store) Put(img *Image) error {
	p := s.Path(img.Hash)
	if _, err := os.Stat(p); err == nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
		return fmt.Errorf("photo store: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".upload-*")
	if err != nil {
		return fmt.Errorf("photo store: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(img.Data); err != nil {
		tmp.Close()
		return fmt.Errorf("photo store: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("photo store: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("photo store: %w", err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return fmt.Errorf("photo store: %w", err)
	}
	return nil
}

// Has tells whether the photo with hash h is stored.
func (s Store) Has(h string) bool {
	if !ValidHash(h) {
		return false
	}
	_, err := os.Stat(s.Path(h))
	return err == nil
}

// Open opens the stored photo with hash h; fs.ErrNotExist when there is none.
func (s Store) Open(h string) (*os.File, error) {
	if !ValidHash(h) {
		return nil, fs.ErrNotExist
	}
	f, err := os.Open(s.Path(h))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fs.ErrNotExist
	}
	return f, err
}

// Info describes a stored photo.
type Info struct {
	// ContentType is image/jpeg or image/png.
	ContentType string
	// Size is in bytes.
	Size int64
	// Width and Height are in pixels.
	Width, Height int
}

// Stat describes the stored photo with hash h (read from its content);
// fs.ErrNotExist when there is none.
func (s Store) Stat(h string) (*Info, error) {
	f, err := s.Open(h)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	cfg, format, err := image.DecodeConfig(f)
	if err != nil {
		return nil, fmt.Errorf("photo %s: %w", h, err)
	}
	return &Info{ContentType: "image/" + format, Size: st.Size(), Width: cfg.Width, Height: cfg.Height}, nil
}
