#!/bin/sh
# Rolls the cluster to a tag of ghcr.io/alice/app.
set -eu
TAG="${1:-latest}"
kubectl set image deployment/app app="ghcr.io/alice/app:${TAG}"
