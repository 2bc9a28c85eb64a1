package daemon

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// ErrLocked says that another followupd process uses the same store: a
// daemon already running, when `run --once` or a second `run` starts.
// Both would watch the same mailbox and answer the same mail; the store's
// claims keep letters single, but the status and the owner's mail would
// be confused.
var ErrLocked = errors.New("another followupd is running with this store")

// lockStore takes an exclusive lock on a file beside the store (path +
// ".lock"), held until the returned func is called or the process ends
// (the kernel drops it on a crash, so a SIGKILL leaves no stale lock).
func lockStore(path string) (unlock func(), err error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("store lock: %w", err)
	}
	f, err := os.OpenFile(path+".lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("store lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%w (%s): stop it first (systemctl stop followupd), or give this one another store.path", ErrLocked, path)
		}
		return nil, fmt.Errorf("store lock %s: %w", path+".lock", err)
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
