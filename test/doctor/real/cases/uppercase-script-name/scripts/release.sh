#!/usr/bin/env bash
set -e
docker build -t "$REPO:$VERSION" .
docker push "$REPO:$VERSION"
