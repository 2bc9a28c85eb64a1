package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// storeFile makes a store with some checkpoints, closes it, and returns its
// path and bytes.
func storeFile(t *testing.T) (string, []byte) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "f.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 200; i++ {
		if err := s.SaveCheckpoint(ctx, strings.Repeat("m", 500)+string(rune('a'+i%26))+string(rune('a'+i/26)), 7, uint32(i+1)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, b
}

// TestDamagedStoreIsRefusedAndLeftAlone: a store cut short, overwritten
// with something else, or with a page scribbled over is refused by Open
// and reported by Inspect, both with ErrDamaged; the file keeps every byte.
func TestDamagedStoreIsRefusedAndLeftAlone(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name   string
		damage func([]byte) []byte
		says   string
	}{
		{"truncated to half", func(b []byte) []byte { return b[:len(b)/2] }, ""},
		{"not a database", func([]byte) []byte { return []byte("# followupd config\n[owner]\nemail = \"a@b.example\"\n") }, "not an SQLite database"},
		{"a page scribbled over", func(b []byte) []byte {
			b = bytes.Clone(b)
			page := 4096
			for i := 2 * page; i < 3*page && i < len(b); i++ {
				b[i] = 0xA5
			}
			return b
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, good := storeFile(t)
			bad := tt.damage(good)
			if err := os.WriteFile(path, bad, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Open(ctx, path)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) = nil error, want ErrDamaged", tt.name)
			}
			if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), tt.says) {
				t.Errorf("Open(%s) = %v, want ErrDamaged naming the file and saying %q", tt.name, err, tt.says)
			}
			if _, err := Inspect(ctx, path); !errors.Is(err, ErrDamaged) {
				t.Errorf("Inspect(%s) = %v, want ErrDamaged", tt.name, err)
			}
			after, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(after, bad) {
				t.Errorf("the damaged file changed (%d bytes before, %d after, %v)", len(bad), len(after), err)
			}
		})
	}
}

func TestInspect(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	info, err := Inspect(ctx, filepath.Join(dir, "none.db"))
	if err != nil || info.Exists {
		t.Errorf("Inspect(missing) = %+v, %v, want not existing, no error", info, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Inspect created the missing store")
	}
	path, _ := storeFile(t)
	info, err = Inspect(ctx, path)
	if err != nil || !info.Exists || info.Version != SchemaVersion() || info.Followups != 0 {
		t.Errorf("Inspect(good) = %+v, %v, want version %d, no follow-ups", info, err, SchemaVersion())
	}
}
