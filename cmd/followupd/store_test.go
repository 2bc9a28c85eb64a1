package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/followupd/followupd/internal/store"
)

// TestUnusableStore: a store that is not a database, cut short, or from a
// newer followupd stops `run` at once with exit status 3 and a message
// naming the file and what to do; `check --offline` reports it (exit 1);
// the file keeps every byte.
func TestUnusableStore(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		says string
	}{
		{"not a database", func(t *testing.T, path string) {
			if err := os.WriteFile(path, bytes.Repeat([]byte("not sqlite "), 500), 0o600); err != nil {
				t.Fatal(err)
			}
		}, "not an SQLite database"},
		{"truncated", func(t *testing.T, path string) {
			goodStore(t, path, 0)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b[:len(b)/2], 0o600); err != nil {
				t.Fatal(err)
			}
		}, "damaged"},
		{"newer schema", func(t *testing.T, path string) { goodStore(t, path, store.SchemaVersion()+1) }, "newer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "state", "followupd.db")
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				t.Fatal(err)
			}
			tt.make(t, path)
			before, _ := os.ReadFile(path)
			cfg := exampleConfig(t, `path = ""`, fmt.Sprintf("path = %q", path))

			code, _, stderr := runCmd(t, "run", "--config", cfg)
			if code != exitStore || !strings.Contains(stderr, path) || !strings.Contains(stderr, tt.says) || !strings.Contains(stderr, "left exactly as it is") {
				t.Errorf("run = %d, stderr:\n%s\nwant %d, naming %s, saying %q and that the file was left alone", code, stderr, exitStore, path, tt.says)
			}
			code, stdout, _ := runCmd(t, "check", "--offline", "--config", cfg)
			if code != exitFail || !strings.Contains(stdout, "store    FAILED") || !strings.Contains(stdout, tt.says) {
				t.Errorf("check --offline = %d, stdout:\n%s\nwant %d with store FAILED saying %q", code, stdout, exitFail, tt.says)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Errorf("the store file changed: %d bytes before, %d after", len(before), len(after))
			}
		})
	}
}

// goodStore makes a store at path with a few hundred rows, closed cleanly;
// a version above zero is then written as its schema version.
func goodStore(t *testing.T, path string, version int) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 300; i++ {
		if err := st.SaveCheckpoint(ctx, fmt.Sprintf("%s-%d", strings.Repeat("x", 400), i), 1, uint32(i+1)); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if version == 0 {
		return
	}
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", version)); err != nil {
		t.Fatal(err)
	}
}

func TestCheckReportsAGoodStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "followupd.db")
	cfg := exampleConfig(t, `path = ""`, fmt.Sprintf("path = %q", path))
	code, stdout, _ := runCmd(t, "check", "--offline", "--config", cfg)
	if code != exitOK || !strings.Contains(stdout, "store    none yet") {
		t.Errorf("check --offline before the first start = %d:\n%s\nwant 0 and store none yet", code, stdout)
	}
	if _, err := os.Stat(path); err == nil {
		t.Errorf("check created the store")
	}
	goodStore(t, path, 0)
	code, stdout, _ = runCmd(t, "check", "--offline", "--config", cfg)
	if want := fmt.Sprintf("store    OK: schema version %d, 0 follow-ups", store.SchemaVersion()); code != exitOK || !strings.Contains(stdout, want) {
		t.Errorf("check --offline = %d:\n%s\nwant 0 and %q", code, stdout, want)
	}
}
