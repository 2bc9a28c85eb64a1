//go:build race

package message

// slowdown scales the hang guards: the race detector makes parsing ~10x slower.
const slowdown = 10
