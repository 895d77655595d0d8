#!/usr/bin/env python3
"""Creates the load test's accounts on a running FibroTrack server, through its own API and sign-in form.

For each account: register (POST /api/v1/auth/register), a bearer token (POST /api/v1/auth/login), a sign-in
cookie (the /account/login form with its antiforgery token), and one saved day (the benchmark body, today), so
every account has data and the bare endpoint has a template day to copy. Writes three header files for the
Lua scripts, one line per account: bearer.headers, cookie.headers and account.headers (the bare endpoint's).

usage: seed.py BASE_URL ACCOUNTS OUT_DIR BODY_FILE
"""
import datetime
import http.client
import json
import re
import sys
import urllib.parse

PASSWORD = "wrk load passphrase 2026"
TOKEN = re.compile(r'<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"')


def email_of(i):
    return f"load{i:03}@bench.test"


def call(conn, method, path, body=None, headers=None):
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    return response, response.read()


def cookies_of(response):
    """name=value of every Set-Cookie, ignoring its attributes."""
    return [h.split(";", 1)[0] for k, h in response.getheaders() if k.lower() == "set-cookie"]


def seed_one(conn, i, body):
    email = email_of(i)
    json_headers = {"Content-Type": "application/json"}
    credentials = json.dumps({"email": email, "password": PASSWORD})
    response, content = call(conn, "POST", "/api/v1/auth/register", credentials, json_headers)
    if response.status != 200 and b"DuplicateUserName" not in content:
        sys.exit(f"register {email}: {response.status} {content[:300]!r}")
    response, content = call(conn, "POST", "/api/v1/auth/login", credentials, json_headers)
    if response.status != 200:
        sys.exit(f"login {email}: {response.status} {content[:300]!r}")
    token = json.loads(content)["accessToken"]

    response, content = call(conn, "GET", "/account/login")
    antiforgery = TOKEN.search(content.decode())
    if response.status != 200 or antiforgery is None:
        sys.exit(f"/account/login: {response.status}, antiforgery token found: {antiforgery is not None}")
    form = urllib.parse.urlencode({
        "_handler": "login", "__RequestVerificationToken": antiforgery.group(1),
        "Input.Email": email, "Input.Password": PASSWORD, "Input.RememberMe": "false",
    })
    response, content = call(conn, "POST", "/account/login", form, {
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": "; ".join(cookies_of(response)),
    })
    # The sign-in cookie (named "fibrotrack" by IdentitySetup): whatever the successful form post sets.
    cookie = ["; ".join(c for c in cookies_of(response) if not c.endswith("="))]
    if response.status != 302 or not cookie[0]:
        sys.exit(f"form sign-in {email}: {response.status}, no sign-in cookie")

    today = datetime.date.today().isoformat()
    response, content = call(conn, "PUT", f"/api/v1/days/{today}", body, {**json_headers, "Authorization": f"Bearer {token}"})
    if response.status != 200:
        sys.exit(f"PUT day {email}: {response.status} {content[:300]!r}")
    response, content = call(conn, "GET", "/", headers={"Cookie": cookie[0]})
    if response.status != 200:
        sys.exit(f"GET / with the cookie of {email}: {response.status}")
    return email, token, cookie[0]


def main():
    base, count, out, body_file = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    body = open(body_file, encoding="utf-8").read()
    accounts = [seed_one(conn, i, body) for i in range(count)]
    with open(f"{out}/bearer.headers", "w") as f:
        f.writelines(f"Authorization: Bearer {token}\n" for _, token, _ in accounts)
    with open(f"{out}/cookie.headers", "w") as f:
        f.writelines(f"Cookie: {cookie}\n" for _, _, cookie in accounts)
    with open(f"{out}/account.headers", "w") as f:
        f.writelines(f"X-Bench-Account: {email}\n" for email, _, _ in accounts)
    print(f"seeded {count} accounts ({email_of(0)} … {email_of(count - 1)})", file=sys.stderr)


if __name__ == "__main__":
    main()
