package reply

import (
	"strings"
	"testing"
)

var (
	secret      = []byte("0123456789abcdef0123456789abcdef")
	otherSecret = []byte("fedcba9876543210fedcba9876543210")
)

func TestMessageIDRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		id  int64
		ver int
	}{{1, 0}, {42, 3}, {1 << 40, 17}} {
		mid := MessageID(secret, tt.id, tt.ver, "followupd.example.com")
		if !strings.HasPrefix(mid, "<fu.") || !strings.HasSuffix(mid, "@followupd.example.com>") {
			t.Errorf("MessageID(%d, %d) = %q, want <fu.…@followupd.example.com>", tt.id, tt.ver, mid)
		}
		for _, form := range []string{mid, strings.Trim(mid, "<>"), " " + mid + " "} {
			id, ver, ok := ParseMessageID(secret, form)
			if !ok || id != tt.id || ver != tt.ver {
				t.Errorf("ParseMessageID(%q) = %d, %d, %v, want %d, %d, true", form, id, ver, ok, tt.id, tt.ver)
			}
		}
	}
	if a, b := MessageID(secret, 42, 3, "x"), MessageID(secret, 42, 4, "x"); a == b {
		t.Errorf("MessageID for versions 3 and 4 are both %q", a)
	}
}

func TestParseMessageIDRejects(t *testing.T) {
	good := MessageID(secret, 42, 3, "followupd.example.com")
	local := strings.TrimSuffix(strings.TrimPrefix(good, "<"), "@followupd.example.com>")
	mac := local[strings.LastIndexByte(local, '.')+1:]
	flip := func(s string) string {
		b := []byte(s)
		if b[0] == 'a' {
			b[0] = 'b'
		} else {
			b[0] = 'a'
		}
		return string(b)
	}
	tests := []struct {
		name, id string
		secret   []byte
	}{
		{"forged mac", "<fu.42.3." + flip(mac) + "@followupd.example.com>", secret},
		{"wrong version", "<fu.42.4." + mac + "@followupd.example.com>", secret},
		{"wrong id", "<fu.43.3." + mac + "@followupd.example.com>", secret},
		{"truncated mac", "<fu.42.3." + mac[:len(mac)-1] + "@followupd.example.com>", secret},
		{"truncated id", good[:len(good)/2], secret},
		{"no mac", "<fu.42.3@followupd.example.com>", secret},
		{"other install", good, otherSecret},
		{"short secret", MessageID([]byte("short"), 42, 3, "x"), []byte("short")},
		{"empty", "", secret},
		{"foreign id", "<CAF=abc@mail.gmail.com>", secret},
		{"leading zero", "<fu.042.3." + mac + "@followupd.example.com>", secret},
		{"negative", "<fu.-42.3." + mac + "@followupd.example.com>", secret},
		{"extra part", "<fu.42.3.1." + mac + "@followupd.example.com>", secret},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if id, ver, ok := ParseMessageID(tt.secret, tt.id); ok {
				t.Errorf("ParseMessageID(%q) = %d, %d, true, want not ok", tt.id, id, ver)
			}
		})
	}
}

func TestFindToken(t *testing.T) {
	v1 := MessageID(secret, 7, 1, "d")
	v2 := MessageID(secret, 7, 2, "d")
	foreign := "<CAF=abc@mail.gmail.com>"
	tests := []struct {
		name      string
		inReplyTo []string
		refs      []string
		wantVer   int
		wantOK    bool
	}{
		{"in-reply-to", []string{v2}, []string{v1, v2}, 2, true},
		{"in-reply-to first", []string{v1}, []string{v2}, 1, true},
		{"references newest first", []string{foreign}, []string{v1, foreign, v2}, 2, true},
		{"none", []string{foreign}, []string{foreign}, 0, false},
		{"forged only", []string{strings.Replace(v2, ".2.", ".3.", 1)}, nil, 0, false},
		{"empty", nil, nil, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, ver, ok := FindToken(secret, tt.inReplyTo, tt.refs)
			if ok != tt.wantOK || ver != tt.wantVer || (ok && id != 7) {
				t.Errorf("FindToken(%q, %q) = %d, %d, %v, want 7, %d, %v", tt.inReplyTo, tt.refs, id, ver, ok, tt.wantVer, tt.wantOK)
			}
		})
	}
}
