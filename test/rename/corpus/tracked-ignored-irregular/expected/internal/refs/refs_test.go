package refs

import "testing"

func TestParse(t *testing.T) {
	in := "ghcr.io/acme/app-api@sha256:deadbeef"
	want := "ghcr.io/acme/app-api"
	if got := Name(in); got != want {
		t.Fatalf("Name(%q) = %q, want %q", in, got, want)
	}
	_ = fmt.Sprintf("ghcr.io/acme/app-api:%s", "v1")
}
