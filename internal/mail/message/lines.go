package message

import (
	"bufio"
	"bytes"
	"io"
	"sync"
)

// maxLine bounds one line; a longer line is handed out in pieces of this size.
const maxLine = 64 << 10

// lineSource hands out a message body line by line (each line with its end), so nested
// multiparts can stop at their boundaries without buffering a part. A returned line is valid
// until the next call of next.
type lineSource interface {
	next() ([]byte, error)
	unread(line []byte)
}

// baseSource reads lines from the input.
type baseSource struct {
	br      *bufio.Reader
	pending []byte
	hasPend bool
}

// readers recycles the 64 KB line buffers between messages.
var readers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, maxLine) }}

// newBaseSource reads r; call release when done with every line.
func newBaseSource(r io.Reader) *baseSource {
	br := readers.Get().(*bufio.Reader)
	br.Reset(r)
	return &baseSource{br: br}
}

// release returns the buffer; lines handed out before are invalid afterwards.
func (s *baseSource) release() {
	s.br.Reset(nil)
	readers.Put(s.br)
	s.br, s.pending, s.hasPend = nil, nil, false
}

func (s *baseSource) next() ([]byte, error) {
	if s.hasPend {
		s.hasPend = false
		return s.pending, nil
	}
	line, err := s.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		return line, nil
	}
	if len(line) > 0 && err == io.EOF {
		return line, nil
	}
	return line, err
}

func (s *baseSource) unread(line []byte) {
	s.pending, s.hasPend = line, true
}

// partBody is the body of one multipart part (or the preamble): it ends at a delimiter line
// of its boundary, which it consumes, recording whether it was the close delimiter.
type partBody struct {
	src      lineSource
	boundary []byte // "--" + boundary
	ended    bool
	sawDelim bool // stopped at a delimiter (not at the end of the input)
	closed   bool // the delimiter was the close delimiter "--b--"
	cur      []byte
}

func newPartBody(src lineSource, boundary string) *partBody {
	return &partBody{src: src, boundary: []byte("--" + boundary)}
}

func (p *partBody) next() ([]byte, error) {
	if p.ended {
		return nil, io.EOF
	}
	line, err := p.src.next()
	if err != nil {
		p.ended = true
		return nil, err
	}
	if bytes.HasPrefix(line, p.boundary) {
		rest := bytes.TrimRight(line[len(p.boundary):], " \t\r\n")
		if len(rest) == 0 || bytes.Equal(rest, []byte("--")) {
			p.ended, p.sawDelim, p.closed = true, true, len(rest) == 2
			return nil, io.EOF
		}
	}
	return line, nil
}

func (p *partBody) unread(line []byte) {
	p.src.unread(line)
}

// Read makes a partBody an io.Reader.
func (p *partBody) Read(b []byte) (int, error) {
	for len(p.cur) == 0 {
		line, err := p.next()
		if err != nil {
			return 0, err
		}
		p.cur = line
	}
	n := copy(b, p.cur)
	p.cur = p.cur[n:]
	return n, nil
}

// drain consumes the rest of src.
func drain(src lineSource) {
	for {
		if _, err := src.next(); err != nil {
			return
		}
	}
}
