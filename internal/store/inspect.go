package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/mattn/go-sqlite3"
)

// ErrDamaged is returned by Open and Inspect when the file at the store's
// path cannot be trusted: it is not an SQLite database, it is cut short,
// or SQLite's integrity check finds it broken. The file is left exactly as
// it was: restore it from a backup, or move it away to start afresh (a
// fresh store reads the mailbox again, back to imap.lookback_days).
var ErrDamaged = errors.New("database is damaged")

// sqliteHeader starts every SQLite 3 database file.
var sqliteHeader = []byte("SQLite format 3\x00")

// Info is what Inspect found at a store's path.
type Info struct {
	Exists    bool  // false: no file yet (the daemon creates it)
	Size      int64 // bytes of the database file (without its WAL)
	Version   int   // schema version (PRAGMA user_version)
	Followups int   // follow-ups recorded, when Version is current
}

// Inspect checks the store at path without changing it: it never creates,
// migrates or writes the file (it opens it read-only). It returns
// ErrDamaged for a file that is not a sound SQLite database and
// ErrNewerSchema for one written by a newer followupd. `followupd check`
// reports what it returns.
func Inspect(ctx context.Context, path string) (Info, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return Info{}, nil
	}
	if err != nil {
		return Info{}, fmt.Errorf("store: %w", err)
	}
	info := Info{Exists: true, Size: fi.Size()}
	if err := verify(ctx, path); err != nil {
		return info, err
	}
	if info.Size == 0 {
		return info, nil // never written: the daemon sets it up
	}
	db, err := openReadOnly(path)
	if err != nil {
		return info, err
	}
	defer db.Close()
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&info.Version); err != nil {
		return info, damaged(path, err)
	}
	if known := SchemaVersion(); info.Version > known {
		return info, newer(path, info.Version, known)
	}
	if info.Version == SchemaVersion() {
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM followups").Scan(&info.Followups); err != nil {
			return info, damaged(path, err)
		}
	}
	return info, nil
}

func openReadOnly(path string) (*sql.DB, error) {
	q := url.Values{}
	q.Set("mode", "ro")
	q.Set("_busy_timeout", "10000")
	db, err := sql.Open("sqlite3", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store: open %s read-only: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// verify checks, read-only, that the file at path is a sound SQLite
// database: its header, then SQLite's quick_check, which reads every page
// (a store holds a job search: a few megabytes at most). An empty file
// with no write-ahead log beside it is a store created and never written
// (a crash at the first start) and passes.
func verify(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	head := make([]byte, 100)
	n, rerr := io.ReadFull(f, head)
	if cerr := f.Close(); cerr != nil {
		return fmt.Errorf("store: %w", cerr)
	}
	if n == 0 {
		if wal, err := os.Stat(path + "-wal"); err == nil && wal.Size() > 0 {
			return fmt.Errorf("store: %s is empty but its write-ahead log is not: %w; it was cut short", path, ErrDamaged)
		}
		return nil
	}
	if rerr != nil || !bytes.Equal(head[:len(sqliteHeader)], sqliteHeader) {
		return fmt.Errorf("store: %s is not an SQLite database (it starts %q): %w", path, printable(head[:min(n, 16)]), ErrDamaged)
	}
	db, err := openReadOnly(path)
	if err != nil {
		return err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, "PRAGMA quick_check(5)")
	if err != nil {
		return damaged(path, err)
	}
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return damaged(path, err)
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return damaged(path, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("store: %s fails SQLite's integrity check (%s): %w", path, strings.Join(problems, "; "), ErrDamaged)
	}
	return nil
}

// damaged wraps an SQLite error met while reading the file: corruption
// and "not a database" are ErrDamaged; anything else (permissions, a lock
// held too long) is returned as it is.
func damaged(path string, err error) error {
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrCorrupt || se.Code == sqlite3.ErrNotADB) {
		return fmt.Errorf("store: %s: %v: %w", path, err, ErrDamaged)
	}
	return fmt.Errorf("store: %s: %w", path, err)
}

func newer(path string, have, known int) error {
	return fmt.Errorf("store: %s has schema version %d, this followupd knows up to %d: %w; install the newer followupd again", path, have, known, ErrNewerSchema)
}

func printable(b []byte) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e {
			return '.'
		}
		return r
	}, string(b))
}
