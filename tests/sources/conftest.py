"""A real S3 API on loopback for the object-store tests: `python -m moto.server`, started once per test process.

Authentication is on, as on a real store: an admin sets up the buckets, and the runs use a
`crawler` key that may list and read bucket `news` but only read (never list) bucket `locked`.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from byline.batch import close_shared_pool

ALLOW_ALL = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
CRAWLER = {
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": "s3:*", "Resource": ["arn:aws:s3:::news", "arn:aws:s3:::news/*"]},
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": ["arn:aws:s3:::locked/*"]},
    ],
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@dataclass(frozen=True)
class S3:
    endpoint: str
    admin: dict  # boto3 client keyword arguments for set-up

    def client(self):
        import boto3

        return boto3.Session().client("s3", **self.admin)


@pytest.fixture(scope="session")
def s3() -> Iterator[S3]:
    """A moto S3 server on a free loopback port; AWS_* variables point byline's runs at it as `crawler`."""
    port = free_port()
    endpoint = f"http://127.0.0.1:{port}"
    # The first three calls (create the admin, its policy, its key) run before authentication is enforced.
    env = {**os.environ, "INITIAL_NO_AUTH_ACTION_COUNT": "3"}
    server = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(f"{endpoint}/moto-api/")
        import boto3

        base = {"endpoint_url": endpoint, "region_name": "us-east-1"}
        iam = boto3.Session(aws_access_key_id="setup", aws_secret_access_key="setup").client("iam", **base)
        iam.create_user(UserName="admin")
        iam.put_user_policy(UserName="admin", PolicyName="all", PolicyDocument=json.dumps(ALLOW_ALL))
        key = iam.create_access_key(UserName="admin")["AccessKey"]
        admin = {**base, "aws_access_key_id": key["AccessKeyId"], "aws_secret_access_key": key["SecretAccessKey"]}
        iam = boto3.Session().client("iam", **admin)
        iam.create_user(UserName="crawler")
        iam.put_user_policy(UserName="crawler", PolicyName="crawl", PolicyDocument=json.dumps(CRAWLER))
        crawler = iam.create_access_key(UserName="crawler")["AccessKey"]
        os.environ.update(
            AWS_ENDPOINT_URL=endpoint,
            AWS_ACCESS_KEY_ID=crawler["AccessKeyId"],
            AWS_SECRET_ACCESS_KEY=crawler["SecretAccessKey"],
            AWS_DEFAULT_REGION="us-east-1",
        )
        close_shared_pool()  # parser workers started before this fixture would lack the credentials
        yield S3(endpoint, admin)
    finally:
        server.terminate()
        server.wait(10)
