// Package proofread lists the words of a letter that a dictionary of the
// letter's language does not know, so that the owner's approval request can
// show them. It runs the hunspell program (hunspell -l, the text on its
// standard input, with a timeout) with the Hunspell dictionaries Debian
// installs in /usr/share/hunspell (packages hunspell-en-us, hunspell-fr,
// hunspell-es, hunspell-de-de, hunspell-it, hunspell-pt-pt or
// hunspell-pt-br, hunspell-nl). The names the letter is known to hold (the
// people, the company, the role) are never listed. Without the program or
// the language's dictionary, Check says so (ErrNoDictionary) instead of
// failing. It imports nothing internal.
package proofread

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
	"unicode"
)

// ErrNoDictionary: the hunspell program or a dictionary for the language
// is not installed, so the text was not proofread.
var ErrNoDictionary = errors.New("no dictionary installed")

// dictionaries are the Hunspell dictionaries tried for each letter
// language (ISO 639-1), first found first.
var dictionaries = map[string][]string{
	"en": {"en_US", "en_GB"},
	"fr": {"fr_FR", "fr"},
	"es": {"es_ES", "es"},
	"de": {"de_DE", "de_AT", "de_CH"},
	"it": {"it_IT"},
	"pt": {"pt_PT", "pt_BR"},
	"nl": {"nl_NL", "nl"},
}

// Checker proofreads with the hunspell program. The zero value uses
// "hunspell" from PATH, Debian's dictionary folders and a 5 s timeout.
type Checker struct {
	Program string        // the hunspell program; "" is "hunspell"
	Dirs    []string      // where dictionaries are looked for; nil is DefaultDirs
	Timeout time.Duration // for one run; 0 is 5 s
}

// DefaultDirs are where Debian's packages install Hunspell dictionaries.
var DefaultDirs = []string{"/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"}

// Result is what Check found.
type Result struct {
	Dict    string   // the dictionary used ("fr_FR")
	Unknown []string // the words it does not know, in the order first seen, each once
}

// Dictionary returns the path (without .dic or .aff) of the dictionary
// Check would use for lang ("" is English), or ErrNoDictionary.
func (c Checker) Dictionary(lang string) (string, error) {
	if lang == "" {
		lang = "en"
	}
	dirs := c.Dirs
	if dirs == nil {
		dirs = DefaultDirs
	}
	for _, name := range dictionaries[lang] {
		for _, dir := range dirs {
			base := filepath.Join(dir, name)
			if exists(base+".dic") && exists(base+".aff") {
				return base, nil
			}
		}
	}
	return "", fmt.Errorf("proofread: %s: %w", lang, ErrNoDictionary)
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// Check lists the words of text (in language lang, ISO 639-1, "" for
// English) that the language's dictionary does not know, leaving out the
// words of known (the names of the people, the company and the role the
// letter is about: "Dana Whitfield", "Northwind"), addresses, links and
// words with digits. The error wraps ErrNoDictionary when the program or
// the dictionary is not installed.
func (c Checker) Check(ctx context.Context, lang, text string, known []string) (Result, error) {
	dict, err := c.Dictionary(lang)
	if err != nil {
		return Result{}, err
	}
	program := c.Program
	if program == "" {
		program = "hunspell"
	}
	if _, err := exec.LookPath(program); err != nil {
		return Result{}, fmt.Errorf("proofread: %s: %w", program, ErrNoDictionary)
	}
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, program, "-l", "-i", "utf-8", "-d", dict)
	cmd.Stdin = strings.NewReader(text)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	if err := cmd.Run(); err != nil {
		// stderr says which file or option failed; never the text
		return Result{}, fmt.Errorf("proofread: %s -d %s: %w: %s", program, filepath.Base(dict), err, strings.TrimSpace(firstLine(stderr.String())))
	}
	skip := map[string]bool{}
	for _, k := range known {
		for _, w := range strings.FieldsFunc(k, notWordRune) {
			skip[strings.ToLower(w)] = true
		}
	}
	r := Result{Dict: filepath.Base(dict)}
	seen := map[string]bool{}
	for _, line := range strings.Split(out.String(), "\n") {
		w := strings.TrimFunc(strings.TrimSpace(line), notWordRune)
		if w == "" || seen[w] || skip[strings.ToLower(w)] || ignored(w) {
			continue
		}
		if parts := strings.FieldsFunc(w, notWordRune); len(parts) > 1 && allKnown(parts, skip) {
			continue // "Whitfield's", "Northwind-based"
		}
		seen[w] = true
		r.Unknown = append(r.Unknown, w)
	}
	return r, nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// notWordRune: what separates the words of a name.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
}

// ignored: addresses, links and anything with a digit are no words.
func ignored(w string) bool {
	return strings.ContainsAny(w, "@/:0123456789")
}

func allKnown(parts []string, skip map[string]bool) bool {
	for _, p := range parts {
		if !skip[strings.ToLower(p)] && !skip[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(p, "'s"), "’s"))] {
			return false
		}
	}
	return true
}
