package message

import (
	"bytes"
	"testing"
)

// FuzzDecodeInPlace checks that decoding a part in place (readDecoded)
// gives what decoding into a new array does.
func FuzzDecodeInPlace(f *testing.F) {
	for _, s := range []string{"", "abc=3D=\r\ndef=\n==4", "caf=C3=A9 =ZZ = \t\nx=", "SGVsbG8sIHdvcmxkIQ==\r\n", "a-_b\nc=d"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, dec := range []func(out, in []byte) []byte{decodeQP, decodeBase64} {
			want := dec(nil, in)
			buf := append([]byte(nil), in...)
			if got := dec(buf[:0], buf); !bytes.Equal(got, want) {
				t.Fatalf("in place %q: got %q, want %q", in, got, want)
			}
		}
	})
}
