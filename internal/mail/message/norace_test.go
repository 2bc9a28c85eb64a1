//go:build !race

package message

// slowdown scales the hang guards (see race_test.go).
const slowdown = 1
