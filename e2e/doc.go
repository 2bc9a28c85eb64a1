// Package e2e holds followupd's end-to-end tests: the whole daemon (in
// process through daemon.Run, or the built binary when a test must kill it)
// against a real Dovecot and Postfix started by tools/mailstack/mailstack.sh.
// Employers' mail and the owner's answers are injected over SMTP; what the
// owner and the employers received is read back over IMAP.
//
// The package has no code of its own: only this file and tests. The tests
// skip unless MAILSTACK_DIR names a running stack:
//
//	dir=$(mktemp -d); sudo tools/mailstack/mailstack.sh start "$dir"
//	MAILSTACK_DIR=$dir go test ./e2e
//
// The fault tests (TestFault*, fault_*_test.go) break the stack or the
// daemon's world while letters are in flight (Dovecot restarts, Postfix
// refusing, a full disk, a damaged store, a clock that jumps) and log
// what they injected and what they saw.
//
// Test binaries of this package sharing a stack take turns (a lock file in
// MAILSTACK_DIR), since each test clears the owner's mailboxes first.
//
// Benchmarks (latency from delivery to the approval request, the idle
// daemon's memory and CPU) report numbers and assert none:
//
//	MAILSTACK_DIR=$dir go test -run XXX -bench ApprovalLatency -benchtime 20x ./e2e
//	MAILSTACK_DIR=$dir go test -run XXX -bench IdleDaemon -benchtime 1x ./e2e
package e2e
