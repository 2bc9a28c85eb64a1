package langdata

import (
	"strings"
	"testing"
	"testing/fstest"
)

type lang struct {
	Name  string   `toml:"name"`
	Words []string `toml:"words"`
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name    string
		files   fstest.MapFS
		want    map[string]string // code → Name
		wantErr string
	}{
		{"two languages", fstest.MapFS{
			"lang/en.toml": {Data: []byte("name = \"English\"\nwords = [\"a\"]\n")},
			"lang/fr.toml": {Data: []byte("name = \"French\"\n")},
		}, map[string]string{"en": "English", "fr": "French"}, ""},
		{"unknown key", fstest.MapFS{
			"lang/de.toml": {Data: []byte("name = \"German\"\nnmae = \"x\"\n")},
		}, nil, "lang/de.toml: unknown key nmae"},
		{"bad toml", fstest.MapFS{
			"lang/it.toml": {Data: []byte("name = \n")},
		}, nil, "lang/it.toml: "},
		{"no folder", fstest.MapFS{}, nil, "lang"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Load[lang](tt.files, "lang")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Load() error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load() error = %v", err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Load() = %d languages, want %d", len(got), len(tt.want))
			}
			for code, name := range tt.want {
				if l := got[code]; l == nil || l.Name != name {
					t.Errorf("Load()[%q] = %v, want name %q", code, l, name)
				}
			}
		})
	}
}
