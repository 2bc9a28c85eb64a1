// Package store keeps followupd's state in one SQLite file: what has been
// read from each mailbox, the applications and interviews seen, and every
// follow-up with its full history. Writes are transactions that take the
// write lock at once (BEGIN IMMEDIATE), so a crash at any instant leaves
// either all of a decision or none of it.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/followupd/followupd/internal/followup"
	"github.com/mattn/go-sqlite3" // and the database/sql driver "sqlite3"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Store is an open database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	// writeErr is the error of the last write that failed because the
	// disk is full or failing (Unwritable), until a write succeeds.
	writeErr atomic.Pointer[error]
}

// WriteError returns why the store cannot be written (the disk is full,
// or failing), or nil once a write has succeeded since. The daemon shows
// it in its log and status line; nothing is sent while writes fail, since
// a send is recorded before it is made.
func (s *Store) WriteError() error {
	if p := s.writeErr.Load(); p != nil {
		return *p
	}
	return nil
}

// WriteProblem words an Unwritable error for the owner: "disk full" or
// "disk error".
func WriteProblem(err error) string {
	var se sqlite3.Error
	if (errors.As(err, &se) && se.Code == sqlite3.ErrFull) || errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) {
		return "disk full"
	}
	return "disk error"
}

// Unwritable reports whether err is a write the disk refused: full
// (SQLITE_FULL, ENOSPC, a quota) or failing (SQLITE_IOERR). Such a write
// left nothing behind, and succeeds again once space returns.
func Unwritable(err error) bool {
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrFull || se.Code == sqlite3.ErrIoErr) {
		return true
	}
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.EIO)
}

// ErrNewerSchema is returned by Open when the database was written by a
// newer followupd than this one.
var ErrNewerSchema = errors.New("database schema is newer than this program")

// Open opens (creating it with mode 0600 if needed) and migrates the
// database at path. An existing file is checked first, read-only: one
// that is not a sound SQLite database is refused with ErrDamaged, one of
// a newer followupd with ErrNewerSchema, and neither is written to.
func Open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	// A file that is there must be a sound database before anything is
	// written to it: a damaged store is refused, never "repaired" over.
	if _, err := Inspect(ctx, path); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_busy_timeout", "10000")
	q.Set("_foreign_keys", "on")
	q.Set("_synchronous", "NORMAL")
	q.Set("_txlock", "immediate")
	// Keep every statement the store uses prepared: a first scan records
	// tens of thousands of messages with the same few queries, and
	// preparing them anew each time was a tenth of its CPU.
	q.Set("_stmt_cache_size", "128")
	// Two processes opening a new store at once (the daemon's first start
	// and `followupd status`) may meet while one turns the journal into
	// WAL, which SQLite refuses at once rather than waiting: try again.
	for attempt := 0; ; attempt++ {
		db, err := sql.Open("sqlite3", "file:"+path+"?"+q.Encode())
		if err != nil {
			return nil, fmt.Errorf("store: open %s: %w", path, err)
		}
		s := &Store{db: db, path: path}
		err = s.migrate(ctx)
		if err == nil {
			return s, nil
		}
		_ = db.Close()
		if !busy(err) || attempt >= 20 {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Duration(attempt+1) * 25 * time.Millisecond):
		}
	}
}

// busy reports whether err is SQLite's "database is locked" or "busy".
func busy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Ping checks that the database answers (for the systemd watchdog).
func (s *Store) Ping(ctx context.Context) error {
	var n int
	return s.db.QueryRowContext(ctx, "SELECT 1").Scan(&n)
}

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		var v int
		if _, err := fmt.Sscanf(e.Name(), "%03d_", &v); err != nil {
			return nil, fmt.Errorf("store: migration %s: name must start with NNN_", e.Name())
		}
		b, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: e.Name(), sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("store: migration %s: want version %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the schema version this program writes.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	var have int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return damaged(s.path, err)
	}
	if have > len(ms) {
		return newer(s.path, have, len(ms))
	}
	for _, m := range ms[have:] {
		err := s.Tx(ctx, func(tx *Tx) error {
			// Another process opening the same new store may have applied
			// it since user_version was read: the write transaction
			// serialises the two, and the version is read again inside it.
			var now int
			if err := tx.tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil {
				return err
			}
			if now >= m.version {
				return nil
			}
			if _, err := tx.tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			if complete := afterMigration[m.version]; complete != nil {
				if err := complete(tx); err != nil {
					return err
				}
			}
			_, err := tx.tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version))
			return err
		})
		if err != nil {
			return fmt.Errorf("store: migration %s: %w", m.name, err)
		}
	}
	return nil
}

// afterMigration completes, in its transaction, the migration of a version
// with what is better said in Go than in SQL.
var afterMigration = map[int]func(*Tx) error{6: typeReasons}

// typeReasons gives the audit rows written before reasons were typed
// their typed reason, read from their words (followup.ReasonFor).
func typeReasons(t *Tx) error {
	rows, err := t.query("SELECT DISTINCT reason FROM audit WHERE reason_code = '' AND reason <> ''")
	if err != nil {
		return err
	}
	var words []string
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			rows.Close()
			return err
		}
		words = append(words, w)
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return err
	}
	for _, w := range words {
		if _, err := t.exec("UPDATE audit SET reason_code = ? WHERE reason_code = '' AND reason = ?", string(followup.ReasonFor(w)), w); err != nil {
			return err
		}
	}
	return nil
}

// Tx is a write transaction.
type Tx struct {
	tx    *sql.Tx
	ctx   context.Context
	wrote bool // a statement that writes ran
}

// Tx runs fn in a transaction holding the write lock from its start; it
// commits if fn returns nil and rolls back otherwise, so that a failure
// half-way leaves nothing behind.
func (s *Store) Tx(ctx context.Context, fn func(*Tx) error) (err error) {
	defer func() {
		if err != nil && Unwritable(err) {
			s.writeErr.Store(&err)
		}
	}()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	t := &Tx{tx: tx, ctx: ctx}
	if err := fn(t); err != nil {
		if rbErr := tx.Rollback(); rbErr != nil && !errors.Is(rbErr, sql.ErrTxDone) {
			return errors.Join(err, fmt.Errorf("store: rollback: %w", rbErr))
		}
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	if t.wrote {
		s.writeErr.Store(nil) // the disk took a write: it has room again
	}
	return nil
}

func (t *Tx) exec(query string, args ...any) (sql.Result, error) {
	t.wrote = true
	return t.tx.ExecContext(t.ctx, query, args...)
}

func (t *Tx) queryRow(query string, args ...any) *sql.Row {
	return t.tx.QueryRowContext(t.ctx, query, args...)
}

func (t *Tx) query(query string, args ...any) (*sql.Rows, error) {
	return t.tx.QueryContext(t.ctx, query, args...)
}

// exists runs query, a "SELECT count(*) …", and reports whether it counted
// any row; an error is wrapped as "store: what: …".
func (t *Tx) exists(what, query string, args ...any) (bool, error) {
	var n int
	if err := t.queryRow(query, args...).Scan(&n); err != nil {
		return false, fmt.Errorf("store: %s: %w", what, err)
	}
	return n > 0, nil
}

// timeFormat sorts as text: fixed width, always UTC.
const timeFormat = "2006-01-02T15:04:05.000Z"

// ts formats t for the database.
func ts(t time.Time) string { return t.UTC().Format(timeFormat) }

// nullTS formats t, or NULL for the zero time.
func nullTS(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return ts(t)
}

// parseTS reads a time written by ts; NULL or "" gives the zero time.
func parseTS(s sql.NullString) time.Time {
	if !s.Valid || s.String == "" {
		return time.Time{}
	}
	t, err := time.Parse(timeFormat, s.String)
	if err != nil {
		return time.Time{}
	}
	return t
}

// ErrNotFound is returned when a looked-up row does not exist.
var ErrNotFound = errors.New("not found")

func joinList(xs []string) string { return strings.Join(xs, " ") }

func splitList(s string) []string { return strings.Fields(s) }
