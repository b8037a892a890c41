package photo

import (
	"bytes"
	"encoding/binary"
	"errors"
)

// errMalformed: the bytes do not follow the format's structure.
var errMalformed = errors.New("malformed image")

// stripJPEG returns the JPEG data without its metadata segments: EXIF and
// XMP (APP1, which hold the GPS position, camera and time), APP3..APP13,
// APP15 and comments. JFIF (APP0), the ICC colour profile (APP2) and Adobe's
// colour transform (APP14) stay, as they change how the picture looks; so
// does the EXIF orientation, rewritten as an EXIF of that one tag. The
// image data are copied as they are (no re-encoding).
func stripJPEG(data []byte) ([]byte, error) {
	if len(data) < 4 || data[0] != 0xFF || data[1] != 0xD8 {
		return nil, errMalformed
	}
	out := bytes.NewBuffer(make([]byte, 0, len(data)))
	out.Write(data[:2])
	i := 2
	for i < len(data) {
		if data[i] != 0xFF {
			return nil, errMalformed
		}
		for i < len(data) && data[i] == 0xFF { // fill bytes
			i++
		}
		if i >= len(data) {
			return nil, errMalformed
		}
		marker := data[i]
		i++
		if marker == 0xD9 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) { // EOI, TEM, RSTn: no length
			out.Write([]byte{0xFF, marker})
			if marker == 0xD9 {
				return out.Bytes(), nil
			}
			continue
		}
		if i+2 > len(data) {
			return nil, errMalformed
		}
		n := int(binary.BigEndian.Uint16(data[i:]))
		if n < 2 || i+n > len(data) {
			return nil, errMalformed
		}
		seg := data[i : i+n]
		payload := seg[2:]
		i += n
		switch {
		case marker == 0xDA: // start of scan: the rest is image data
			out.Write([]byte{0xFF, marker})
			out.Write(seg)
			out.Write(data[i:])
			return out.Bytes(), nil
		case marker == 0xE1:
			if o := exifOrientation(payload); o > 1 && o <= 8 {
				out.Write(orientationSegment(o))
			}
		case marker == 0xFE, marker >= 0xE3 && marker <= 0xED, marker == 0xEF:
			// comments and other applications' metadata: dropped
		default:
			out.Write([]byte{0xFF, marker})
			out.Write(seg)
		}
	}
	return nil, errMalformed
}

// exifOrientation reads the orientation tag (0x0112) of an APP1 EXIF
// payload's first IFD; 0 when there is none.
func exifOrientation(p []byte) int {
	if len(p) < 14 || string(p[:6]) != "Exif\x00\x00" {
		return 0
	}
	t := p[6:]
	var bo binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 0
	}
	off := int(bo.Uint32(t[4:8]))
	if off < 8 || off+2 > len(t) {
		return 0
	}
	count := int(bo.Uint16(t[off:]))
	for k := 0; k < count; k++ {
		e := off + 2 + 12*k
		if e+12 > len(t) {
			return 0
		}
		if bo.Uint16(t[e:]) == 0x0112 && bo.Uint16(t[e+2:]) == 3 {
			return int(bo.Uint16(t[e+8:]))
		}
	}
	return 0
}

// orientationSegment is an APP1 EXIF segment holding only the orientation o.
func orientationSegment(o int) []byte {
	tiff := []byte{
		'M', 'M', 0x00, 0x2A, 0, 0, 0, 8, // big-endian TIFF header, IFD0 at 8
		0, 1, // one entry
		0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, byte(o), 0, 0, // orientation, SHORT, 1 value
		0, 0, 0, 0, // no next IFD
	}
	payload := append([]byte("Exif\x00\x00"), tiff...)
	seg := []byte{0xFF, 0xE1, 0, 0}
	binary.BigEndian.PutUint16(seg[2:], uint16(len(payload)+2))
	return append(seg, payload...)
}

// pngKeep are the PNG chunks kept: the critical ones and those that change
// how the picture looks. Text (tEXt, zTXt, iTXt), EXIF (eXIf), time (tIME)
// and any other chunk are dropped.
var pngKeep = map[string]bool{
	"IHDR": true, "PLTE": true, "IDAT": true, "IEND": true,
	"tRNS": true, "gAMA": true, "cHRM": true, "sRGB": true, "iCCP": true, "sBIT": true, "pHYs": true,
}

// pngSignature starts every PNG file.
const pngSignature = "\x89PNG\r\n\x1a\n"

// stripPNG returns the PNG data with only the chunks of pngKeep, each copied
// as it is (with its CRC).
func stripPNG(data []byte) ([]byte, error) {
	if len(data) < 8 || string(data[:8]) != pngSignature {
		return nil, errMalformed
	}
	out := bytes.NewBuffer(make([]byte, 0, len(data)))
	out.Write(data[:8])
	for i := 8; i+12 <= len(data); {
		n := int(binary.BigEndian.Uint32(data[i:]))
		end := i + 12 + n
		if n < 0 || end > len(data) || end < i {
			return nil, errMalformed
		}
		kind := string(data[i+4 : i+8])
		if pngKeep[kind] {
			out.Write(data[i:end])
		}
		if kind == "IEND" {
			return out.Bytes(), nil
		}
		i = end
	}
	return nil, errMalformed
}
