#!/usr/bin/env bash
# A Java 17 runtime base image as a tarball (docker-archive), made from Debian 12's own packages:
# glibc, libstdc++, zlib and openjdk-17-jre-headless, unpacked (no package scripts,
# no shell in the image beyond what these bring). For building the images where no container
# registry is reachable (this machine, CI); with a registry, leave quarkus.jib.base-jvm-image at
# its default instead. Output: deploy/images/target/base-jre17.tar (reused when present).
set -euo pipefail
cd "$(dirname "$0")"
out=target/base-jre17.tar
[ -s "$out" ] && { echo "$out"; exit 0; }
work=target/base
rm -rf "$work" && mkdir -p "$work/debs" "$work/rootfs"
packages=(libc6 libgcc-s1 libstdc++6 zlib1g openjdk-17-jre-headless)
( cd "$work/debs" && apt-get download "${packages[@]}" >/dev/null 2>&1 )
for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/rootfs"; done
root="$work/rootfs"
jre=/usr/lib/jvm/java-17-openjdk-amd64
# What the packages' install scripts would have made: the java link, the JRE's trust store, /tmp and
# the runtime user 185.
mkdir -p "$root/usr/bin" "$root/tmp" "$root/work" "$root/etc/ssl/certs/java"
ln -sf "$jre/bin/java" "$root/usr/bin/java"
# The trust store Debian's ca-certificates-java makes from the same CA bundle (this Debian 12 machine's).
cp /etc/ssl/certs/java/cacerts "$root/etc/ssl/certs/java/cacerts"
rm -f "$root$jre/lib/security/cacerts"
ln -sf /etc/ssl/certs/java/cacerts "$root$jre/lib/security/cacerts"
printf 'root:x:0:0:root:/root:/sbin/nologin\njboss:x:185:185:runtime:/work:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\njboss:x:185:\n' > "$root/etc/group"
chmod 1777 "$root/tmp"
rm -rf "$root/usr/share/doc" "$root/usr/share/man" "$root/usr/share/locale" "$root/usr/share/lintian" "$root$jre/man"
# One layer, fixed times and owners (reproducible), then the docker-archive around it.
tar --sort=name --mtime='2024-01-01 00:00:00' --owner=0 --group=0 --numeric-owner -C "$root" -cf "$work/layer.tar" .
python3 - "$work" <<'PY'
import hashlib, json, os, sys, tarfile
work = sys.argv[1]
layer = os.path.join(work, "layer.tar")
diff = "sha256:" + hashlib.sha256(open(layer, "rb").read()).hexdigest()
config = {"architecture": "amd64", "os": "linux",
          "config": {"Env": ["PATH=/usr/lib/jvm/java-17-openjdk-amd64/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                             "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "LANG=C.UTF-8"],
                     "User": "185", "WorkingDir": "/work"},
          "rootfs": {"type": "layers", "diff_ids": [diff]},
          "history": [{"created": "2024-01-01T00:00:00Z", "created_by": "deploy/images/base-image.sh (Debian 12 packages)"}]}
raw = json.dumps(config, sort_keys=True).encode()
name = hashlib.sha256(raw).hexdigest() + ".json"
open(os.path.join(work, name), "wb").write(raw)
manifest = [{"Config": name, "RepoTags": ["safeguarding/base-jre17:local"], "Layers": ["layer.tar"]}]
open(os.path.join(work, "manifest.json"), "w").write(json.dumps(manifest))
with tarfile.open(os.path.join(work, "..", "base-jre17.tar"), "w") as t:
    for f in ("manifest.json", name, "layer.tar"):
        t.add(os.path.join(work, f), arcname=f)
PY
rm -rf "$work"
echo "$out"
