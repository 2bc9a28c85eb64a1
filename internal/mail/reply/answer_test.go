package reply

import "testing"

func TestRecipientName(t *testing.T) {
	tests := []struct{ name, read, addr, want string }{
		{"name", "to: Sam Patel <sam@x.example>", "sam@x.example", "Sam Patel"},
		{"upper case To and a closing", "To: Sam Patel <Sam@X.example>\n\nThanks,\nAlex", "sam@x.example", "Sam Patel"},
		{"quoted, comma", "to: \"Patel, Sam\" <sam@x.example>", "sam@x.example", "Patel, Sam"},
		{"bare address", "to: sam@x.example", "sam@x.example", ""},
		{"another address", "to: Jo Doe <jo@x.example>", "sam@x.example", ""},
		{"an address as the name", "to: \"sam@x.example\" <sam@x.example>", "sam@x.example", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := recipientName(tt.read, tt.addr); got != tt.want {
				t.Errorf("recipientName(%q, %q) = %q, want %q", tt.read, tt.addr, got, tt.want)
			}
		})
	}
}
