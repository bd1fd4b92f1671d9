package server

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Cookie names: the page keeps its token in an HttpOnly, SameSite=Strict
// cookie, which fetch, server-sent events and plain form posts all carry.
const (
	participantCookie = "dsc_participant"
	facilitatorCookie = "dsc_facilitator"
)

// codeAlphabet leaves out characters that are easy to misread (0/O, 1/I/L).
const codeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

// NewCode returns a random join code of six characters.
func NewCode() string {
	b := make([]byte, 6)
	rand.Read(b)
	for i := range b {
		b[i] = codeAlphabet[int(b[i])%len(codeAlphabet)]
	}
	return string(b)
}

// NewToken returns 256 random bits, URL-safe.
func NewToken() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// NormalizeCode makes typing forgiving: case and spaces do not matter.
func NormalizeCode(c string) string {
	return strings.ToUpper(strings.Join(strings.Fields(c), ""))
}

// hashSecret is what a journal keeps of a participant's token.
func hashSecret(secret string) string {
	h := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(h[:])
}

// equal compares two secrets in constant time (over their hashes, so the
// length of the right one does not leak either).
func equal(a, b string) bool {
	ha, hb := sha256.Sum256([]byte(a)), sha256.Sum256([]byte(b))
	return subtle.ConstantTimeCompare(ha[:], hb[:]) == 1
}

// participantToken is "p<join number>.<secret>": the number finds the
// participant, the secret proves it is them.
func participantToken(n int, secret string) string { return fmt.Sprintf("p%d.%s", n, secret) }

// bearer returns the token of a request: the Authorization header for API
// clients, else the cookie the page keeps.
func bearer(r *http.Request, cookie string) string {
	if h := r.Header.Get("Authorization"); h != "" {
		if t, ok := strings.CutPrefix(h, "Bearer "); ok {
			return strings.TrimSpace(t)
		}
		return ""
	}
	if c, err := r.Cookie(cookie); err == nil {
		return c.Value
	}
	return ""
}

// participantOf finds the participant a request's token names, or nil.
func (s *Server) participantOf(r *http.Request) *participant {
	tok := bearer(r, participantCookie)
	num, secret, ok := strings.Cut(strings.TrimPrefix(tok, "p"), ".")
	if !ok || !strings.HasPrefix(tok, "p") {
		return nil
	}
	n, err := strconv.Atoi(num)
	if err != nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.people {
		if p.N == n && p.TokenHash != "" {
			if subtle.ConstantTimeCompare([]byte(hashSecret(secret)), []byte(p.TokenHash)) == 1 {
				return p
			}
			return nil
		}
	}
	return nil
}

// isFacilitator reports whether a request carries the facilitator token.
func (s *Server) isFacilitator(r *http.Request) bool {
	tok := bearer(r, facilitatorCookie)
	return tok != "" && equal(tok, s.cfg.FacilitatorToken)
}

func setCookie(w http.ResponseWriter, name, value string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: value, Path: "/", MaxAge: 7 * 24 * 3600,
		HttpOnly: true, SameSite: http.SameSiteStrictMode})
}

// clientAddr is the address a request came from (no proxies in a workshop
// room, so X-Forwarded-For is not trusted).
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// bucket is a token bucket: rate tokens a second, at most burst.
type bucket struct {
	mu     sync.Mutex
	rate   float64
	burst  float64
	tokens float64
	last   time.Time
}

func newBucket(rate float64, burst int, now time.Time) *bucket {
	return &bucket{rate: rate, burst: float64(burst), tokens: float64(burst), last: now}
}

// allow takes one token if there is one.
func (b *bucket) allow(now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.tokens = math.Min(b.burst, b.tokens+now.Sub(b.last).Seconds()*b.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// limiterSet holds one bucket per address; it forgets full buckets so a
// scan of many addresses cannot grow it without bound.
type limiterSet struct {
	mu      sync.Mutex
	rate    float64
	burst   int
	buckets map[string]*bucket
}

func newLimiterSet(rate float64, burst int) *limiterSet {
	return &limiterSet{rate: rate, burst: burst, buckets: map[string]*bucket{}}
}

func (l *limiterSet) allow(key string, now time.Time) bool {
	l.mu.Lock()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) > 10000 {
			for k, old := range l.buckets {
				old.mu.Lock()
				full := old.tokens+now.Sub(old.last).Seconds()*old.rate >= old.burst
				old.mu.Unlock()
				if full {
					delete(l.buckets, k)
				}
			}
		}
		b = newBucket(l.rate, l.burst, now)
		l.buckets[key] = b
	}
	l.mu.Unlock()
	return b.allow(now)
}

// hub wakes every live view when something changed; a slow view misses
// nothing because it always reads the newest snapshot.
type hub struct {
	mu     sync.Mutex
	subs   map[chan struct{}]bool
	closed bool
}

func newHub() *hub { return &hub{subs: map[chan struct{}]bool{}} }

func (h *hub) subscribe() chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	c := make(chan struct{}, 1)
	if h.closed {
		close(c)
		return c
	}
	h.subs[c] = true
	return c
}

func (h *hub) unsubscribe(c chan struct{}) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.subs[c] {
		delete(h.subs, c)
		close(c)
	}
}

func (h *hub) notify() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.subs {
		select {
		case c <- struct{}{}:
		default:
		}
	}
}

func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for c := range h.subs {
		close(c)
	}
	h.subs = map[chan struct{}]bool{}
}
