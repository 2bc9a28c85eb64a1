package quote

import "testing"

func TestHTMLText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"gmail divs", `<div dir="ltr">Hi Dana,<div><br></div><div>Text here.</div><div><br></div><div>Best,</div><div>Jane</div></div>`, "Hi Dana,\n\nText here.\n\nBest,\nJane"},
		{"nested div", `<div dir="ltr">Yes<div>second</div></div>`, "Yes\nsecond"},
		{"paragraphs", `<p>Hi</p><p>Best,<br>Jane</p>`, "Hi\n\nBest,\nJane"},
		{"outlook msonormal", `<p class="MsoNormal">Hi<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Jane<o:p></o:p></p>`, "Hi\n\nJane"},
		{"white space", "<div>  a \n  b\t c </div>", "a b c"},
		{"pre", "<pre>a\n  b</pre>", "a\n  b"},
		{"list", "<ul><li>one</li><li>two</li></ul>", "- one\n- two"},
		{"link text", `<a href="https://example.com/x">the page</a>`, "the page"},
		{"head and style", `<html><head><title>t</title><style>p{}</style></head><body>ok</body></html>`, "ok"},
		{"table", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"},
		{"entities", "<div>Caf&eacute; &amp; &lt;tea&gt;</div>", "Café & <tea>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := HTMLText(tt.in); got != tt.want {
				t.Errorf("HTMLText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
