package reply

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"strconv"
	"strings"
)

// Approval tokens: the approval request for a follow-up draft goes out with a
// Message-ID that names the follow-up and the draft version and carries a MAC
// over both, keyed with the installation's secret:
//
//	<fu.42.3.MAC@domain>
//
// The owner's mail client puts it into In-Reply-To and References of the
// answer, so a reply is tied to exactly one version of one draft: an answer
// to an older version (the draft changed since) or a forged Message-ID does
// not verify. MAC is the first 160 bits of HMAC-SHA256(secret, "fu.ID.VERSION"),
// base32 without padding, lower case (32 characters).

// MinSecretLen is the least secret length, in bytes, that ParseMessageID
// accepts; with a shorter secret no token ever verifies.
const MinSecretLen = 16

const (
	tokenPrefix = "fu."
	macBytes    = 20
)

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

func mac(secret []byte, followupID int64, version int) string {
	h := hmac.New(sha256.New, secret)
	h.Write([]byte(tokenPrefix + strconv.FormatInt(followupID, 10) + "." + strconv.Itoa(version)))
	return strings.ToLower(b32.EncodeToString(h.Sum(nil)[:macBytes]))
}

// MessageID returns the Message-ID, with angle brackets, for the approval
// request of version of followupID, e.g.
// "<fu.42.3.k5v…@followupd.example.com>". secret must be at least
// MinSecretLen random bytes and stay the same across restarts.
func MessageID(secret []byte, followupID int64, version int, domain string) string {
	return "<" + tokenPrefix + strconv.FormatInt(followupID, 10) + "." + strconv.Itoa(version) + "." + mac(secret, followupID, version) + "@" + domain + ">"
}

// ParseMessageID checks a Message-ID made by MessageID (with or without angle
// brackets) and returns the follow-up and version it names. ok is false when
// the id is not one of ours, is truncated or altered, or was made with
// another secret. The MAC is compared in constant time. The domain is not
// checked: the MAC alone binds the token.
func ParseMessageID(secret []byte, id string) (followupID int64, version int, ok bool) {
	if len(secret) < MinSecretLen {
		return 0, 0, false
	}
	id = strings.TrimSpace(id)
	id = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
	at := strings.LastIndexByte(id, '@')
	if at < 0 {
		return 0, 0, false
	}
	local := id[:at]
	if !strings.HasPrefix(local, tokenPrefix) {
		return 0, 0, false
	}
	parts := strings.Split(local[len(tokenPrefix):], ".")
	if len(parts) != 3 {
		return 0, 0, false
	}
	fid, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil || fid < 0 || parts[0] != strconv.FormatInt(fid, 10) {
		return 0, 0, false
	}
	ver, err := strconv.Atoi(parts[1])
	if err != nil || ver < 0 || parts[1] != strconv.Itoa(ver) {
		return 0, 0, false
	}
	want := mac(secret, fid, ver)
	if !hmac.Equal([]byte(strings.ToLower(parts[2])), []byte(want)) {
		return 0, 0, false
	}
	return fid, ver, true
}

// FindToken returns the first valid approval token among a reply's
// In-Reply-To ids, then its References from newest (last) to oldest.
func FindToken(secret []byte, inReplyTo, references []string) (followupID int64, version int, ok bool) {
	for _, id := range inReplyTo {
		if f, v, ok := ParseMessageID(secret, id); ok {
			return f, v, true
		}
	}
	for i := len(references) - 1; i >= 0; i-- {
		if f, v, ok := ParseMessageID(secret, references[i]); ok {
			return f, v, true
		}
	}
	return 0, 0, false
}
