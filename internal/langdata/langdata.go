// Package langdata reads language knowledge kept as data: one TOML file a
// language, named by its ISO 639-1 code ("fr.toml"), embedded in the
// package that knows the language (compose's letters, timeline's phrases).
// It imports nothing internal.
package langdata

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/BurntSushi/toml"
)

// Load decodes every file in dir of fsys into a new T and returns them by
// code, the file name without ".toml". Decoding is strict: a key that T has
// no field for is an error, so a misspelt key cannot go unnoticed. An error
// names the file ("lang/fr.toml: …"); checking that the keys a caller needs
// are set is the caller's.
func Load[T any](fsys fs.FS, dir string) (map[string]*T, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	out := make(map[string]*T, len(entries))
	for _, e := range entries {
		name := path.Join(dir, e.Name())
		var v T
		md, err := toml.DecodeFS(fsys, name, &v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if un := md.Undecoded(); len(un) > 0 {
			return nil, fmt.Errorf("%s: unknown key %s", name, un[0])
		}
		out[strings.TrimSuffix(e.Name(), ".toml")] = &v
	}
	return out, nil
}
