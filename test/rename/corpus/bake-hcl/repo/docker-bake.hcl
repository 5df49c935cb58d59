variable "REGISTRY" {
  default = "ghcr.io/acme"
}

variable "TAG" {
  default = "latest"
}

group "default" {
  targets = ["app", "docs"]
}

target "app" {
  context = "."
  platforms = ["linux/amd64", "linux/arm64"]
  tags = ["ghcr.io/acme/app:${TAG}", "ghcr.io/acme/app:latest"]
}

target "docs" {
  context = "./docs"
  tags = ["${REGISTRY}/app-docs:${TAG}"]
}
