#!/usr/bin/env bash
# mailstack.sh - followupd's private, loopback-only mail stack for end-to-end tests.
#
#   mailstack.sh start  DIR   install the packages if missing, configure and start the stack
#   mailstack.sh stop   DIR   stop the daemons started for DIR (and only those)
#   mailstack.sh status DIR   print the state; exit 0 when both daemons run, 3 otherwise
#
# What runs (Debian packages dovecot-imapd, dovecot-lmtpd, postfix; openssl makes the certificate):
#   Dovecot IMAP   127.0.0.1:$MAILSTACK_IMAP_PORT  (default 1143): plaintext LOGIN and
#                  AUTH=PLAIN allowed, STARTTLS offered (self-signed certificate)
#   Dovecot IMAPS  127.0.0.1:$MAILSTACK_IMAPS_PORT (default 1993): implicit TLS
#   Dovecot LMTP   127.0.0.1:$MAILSTACK_LMTP_PORT  (default 2424): only Postfix uses it
#   Postfix SMTP   127.0.0.1:$MAILSTACK_SMTP_PORT  (default 2525): no auth, no TLS, relays
#                  for 127.0.0.0/8 only, accepts any recipient:
#                    candidate@example.test (and candidate+tag@)  -> candidate's INBOX
#                    sink@example.test, bench@example.test         -> their own INBOX
#                    any other address                             -> sink's INBOX, with
#                      "Delivered-To: sink+LOCAL=DOMAIN@example.test" keeping the envelope
#                      recipient (one LMTP transaction per recipient, else Dovecot drops it)
#
# Users (password "secret"): candidate@example.test, sink@example.test, bench@example.test
# (bench is for benchmarks that fill a mailbox with thousands of messages). In fact any
# NAME@example.test logs in with "secret" and gets its own mailbox (static passdb/userdb), so
# a test can take a fresh, empty account; SMTP only delivers to the three named users.
# Each user has INBOX plus Drafts, Sent, Trash auto-created and subscribed, advertised with
# RFC 6154 SPECIAL-USE attributes (\Drafts, \Sent, \Trash). IDLE is advertised.
#
# Everything lives under DIR: configuration, Postfix queue, maildirs
# (DIR/mail/<local part>/Maildir, owned by the system user "mail"), logs (DIR/log/), pid files.
# DIR/mailstack.env holds addresses, users and paths for tests (see write_env).
# Several stacks can run at once with different DIRs and ports.
#
# Must run as root: apt-get, and Postfix's master refuses to run unprivileged. Every parent
# directory of DIR must be searchable by the user "mail" (o+x): `mktemp -d` works, Go's
# t.TempDir() does not (its parent is 0700).
set -euo pipefail

HOST=127.0.0.1
IMAP_PORT="${MAILSTACK_IMAP_PORT:-1143}"
IMAPS_PORT="${MAILSTACK_IMAPS_PORT:-1993}"
SMTP_PORT="${MAILSTACK_SMTP_PORT:-2525}"
LMTP_PORT="${MAILSTACK_LMTP_PORT:-2424}"
PACKAGES=(dovecot-imapd dovecot-lmtpd postfix openssl)
DOMAIN=example.test
PASSWORD=secret
VMAIL=mail # system user owning the maildirs (uid 8 on Debian)

say() { echo "mailstack: $*" >&2; }
die() {
	say "$*"
	exit 1
}
usage() {
	echo "usage: $0 start|stop|status DIR" >&2
	exit 2
}

[[ $# -eq 2 ]] || usage
CMD=$1
DIR=$2

require_root() { [[ $(id -u) -eq 0 ]] || die "must run as root (apt-get, postfix master)"; }

dovecot_pidfile() { echo "$DIR/dovecot/run/master.pid"; }
postfix_pidfile() { echo "$DIR/postfix/spool/pid/master.pid"; }

# running PIDFILE: true when the pid in PIDFILE is alive and is the daemon started for DIR
# (the command line is checked, so a recycled pid is never signalled).
running() {
	local f=$1 pid args
	[[ -s $f ]] || return 1
	pid=$(head -n1 "$f" | tr -d ' \n')
	[[ $pid =~ ^[0-9]+$ ]] || return 1
	kill -0 "$pid" 2>/dev/null || return 1
	args=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
	case $f in
	*/dovecot/run/master.pid) [[ $args == *"-c $DIR/dovecot/dovecot.conf"* ]] ;;
	*/postfix/spool/pid/master.pid)
		# Postfix's master does not show its config dir; it runs with cwd = its queue dir
		[[ $args == *postfix/sbin/master* && $(readlink "/proc/$pid/cwd") == "$DIR/postfix/spool" ]]
		;;
	*) return 1 ;;
	esac
}

port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

wait_port() { # PORT SECONDS
	local i
	for ((i = 0; i < $2 * 10; i++)); do
		port_open "$1" && return 0
		sleep 0.1
	done
	return 1
}

ensure_port_free() { # PORT NAME
	if port_open "$1"; then
		die "port $HOST:$1 is already in use; set MAILSTACK_$2_PORT to another port"
	fi
}

install_packages() {
	local missing=() p
	for p in "${PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	((${#missing[@]} == 0)) && return 0
	say "installing ${missing[*]} with apt-get"
	export DEBIAN_FRONTEND=noninteractive
	# no system-wide Postfix configuration: only private instances run
	echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
	# keep the packages' maintainer scripts from starting system-wide daemons
	local rc_policy=/usr/sbin/policy-rc.d ours=0
	if [[ ! -e $rc_policy ]]; then
		printf '#!/bin/sh\nexit 101\n' >"$rc_policy"
		chmod 0755 "$rc_policy"
		ours=1
	fi
	local ok=0
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$DIR/log/apt.log" 2>&1 && ok=1
	if ((ok == 0)); then
		apt-get update -qq >>"$DIR/log/apt.log" 2>&1 || true
		apt-get install -y -qq --no-install-recommends "${missing[@]}" >>"$DIR/log/apt.log" 2>&1 && ok=1
	fi
	((ours == 1)) && rm -f "$rc_policy"
	((ok == 1)) || die "apt-get install ${missing[*]} failed; see $DIR/log/apt.log"
}

check_traversable() {
	local p=$DIR
	while [[ $p != / ]]; do
		p=$(dirname "$p")
		runuser -u "$VMAIL" -- test -x "$p" 2>/dev/null ||
			die "$p is not searchable by user '$VMAIL'; pick a DIR whose parents are o+x (mktemp -d), or chmod o+x $p"
	done
}

make_certificate() {
	local t=$DIR/dovecot/tls
	[[ -s $t/cert.pem && -s $t/key.pem ]] && return 0
	mkdir -p "$t"
	openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=localhost" \
		-addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
		-keyout "$t/key.pem" -out "$t/cert.pem" >"$DIR/log/openssl.log" 2>&1 ||
		die "openssl could not make a test certificate; see $DIR/log/openssl.log"
	chmod 0644 "$t/cert.pem"
	chmod 0600 "$t/key.pem"
}

write_dovecot_conf() {
	local d=$DIR/dovecot uid gid
	uid=$(id -u "$VMAIL")
	gid=$(id -g "$VMAIL")
	mkdir -p "$d/run" "$d/state" "$DIR/mail"
	chown "$VMAIL:$VMAIL" "$DIR/mail"
	chmod 0750 "$DIR/mail"
	make_certificate
	cat >"$d/dovecot.conf" <<EOF
# generated by followupd tools/mailstack/mailstack.sh: private Dovecot instance for tests
instance_name = followupd-mailstack-$(printf %s "$DIR" | md5sum | cut -c1-8)
base_dir = $d/run
state_dir = $d/state
protocols = imap lmtp
listen = $HOST
log_path = $DIR/log/dovecot.log
info_log_path = $DIR/log/dovecot.log
ssl = yes
ssl_cert = <$d/tls/cert.pem
ssl_key = <$d/tls/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = $uid
last_valid_uid = $uid
mail_location = maildir:~/Maildir
mail_privileged_group =
# Any user@example.test logs in with the test password (wrong passwords are refused), each with
# its own maildir: tests take a fresh account each, so parallel test packages never share a
# mailbox (DIR/mail/<local part>/Maildir).
passdb {
  driver = static
  args = password=$PASSWORD
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$DIR/mail/%n
}
auth_username_format = %Lu
namespace inbox {
  inbox = yes
  separator = /
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
}
service imap-login {
  inet_listener imap {
    address = $HOST
    port = $IMAP_PORT
  }
  inet_listener imaps {
    address = $HOST
    port = $IMAPS_PORT
    ssl = yes
  }
}
service lmtp {
  inet_listener lmtp {
    address = $HOST
    port = $LMTP_PORT
  }
}
recipient_delimiter = +
protocol lmtp {
  postmaster_address = postmaster@$DOMAIN
  lmtp_hdr_delivery_address = final
  lmtp_save_to_detail_mailbox = no
}
protocol imap {
  mail_max_userip_connections = 100
}
EOF
}

write_postfix_conf() {
	local etc=$DIR/postfix/etc
	mkdir -p "$etc" "$DIR/postfix/spool" "$DIR/postfix/data"
	chown postfix:postfix "$DIR/postfix/data"
	chmod 0700 "$DIR/postfix/data"
	# The three users (with an optional +detail) map to themselves, which ends the recursion;
	# anything else becomes sink+LOCAL=DOMAIN so Delivered-To keeps the envelope recipient.
	cat >"$etc/virtual.regexp" <<'EOF'
/^((candidate|sink|bench)(\+.*)?@example\.test)$/ ${1}
/^(.*)@(.*)$/ sink+${1}=${2}@example.test
EOF
	cat >"$etc/main.cf" <<EOF
# generated by followupd tools/mailstack/mailstack.sh: private Postfix instance for tests
compatibility_level = 3.6
queue_directory = $DIR/postfix/spool
data_directory = $DIR/postfix/data
# no syslog here: Postfix logs to a file (and says nothing on stderr unless it is a tty)
maillog_file = $DIR/log/postfix.log
maillog_file_prefixes = $DIR/log
myhostname = mailstack.$DOMAIN
mydomain = $DOMAIN
myorigin = \$myhostname
mydestination =
local_recipient_maps =
alias_maps =
alias_database =
relayhost =
inet_interfaces = $HOST
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
smtpd_recipient_restrictions = permit_mynetworks, reject
smtpd_peername_lookup = no
smtpd_banner = \$myhostname ESMTP followupd-mailstack
biff = no
append_dot_mydomain = no
virtual_alias_maps = regexp:$etc/virtual.regexp
# the default (\$virtual_alias_maps) would make the catch-all claim every domain
virtual_alias_domains =
virtual_mailbox_domains = $DOMAIN
virtual_transport = lmtp:inet:$HOST:$LMTP_PORT
lmtp_host_lookup = native
lmtp_destination_recipient_limit = 1
smtp_host_lookup = native
message_size_limit = 52428800
recipient_delimiter =
maximal_queue_lifetime = 1h
bounce_queue_lifetime = 1h
queue_run_delay = 10s
minimal_backoff_time = 5s
maximal_backoff_time = 30s
EOF
	# no chroot: the queue is under DIR, not /var/spool/postfix
	cat >"$etc/master.cf" <<EOF
$HOST:$SMTP_PORT inet n - n - - smtpd
pickup     unix  n - n 60   1 pickup
cleanup    unix  n - n -    0 cleanup
qmgr       unix  n - n 300  1 qmgr
rewrite    unix  - - n -    - trivial-rewrite
bounce     unix  - - n -    0 bounce
defer      unix  - - n -    0 bounce
trace      unix  - - n -    0 bounce
verify     unix  - - n -    1 verify
flush      unix  n - n 1000? 0 flush
proxymap   unix  - - n -    - proxymap
proxywrite unix  - - n -    1 proxymap
smtp       unix  - - n -    - smtp
relay      unix  - - n -    - smtp
showq      unix  n - n -    - showq
error      unix  - - n -    - error
retry      unix  - - n -    - error
discard    unix  - - n -    - discard
lmtp       unix  - - n -    - lmtp
anvil      unix  - - n -    1 anvil
scache     unix  - - n -    1 scache
postlog    unix-dgram n - n - 1 postlogd
EOF
}

write_env() {
	cat >"$DIR/mailstack.env.tmp" <<EOF
MAILSTACK_DIR=$DIR
MAILSTACK_IMAP_ADDR=$HOST:$IMAP_PORT
MAILSTACK_IMAPS_ADDR=$HOST:$IMAPS_PORT
MAILSTACK_SMTP_ADDR=$HOST:$SMTP_PORT
MAILSTACK_LMTP_ADDR=$HOST:$LMTP_PORT
MAILSTACK_CA_FILE=$DIR/dovecot/tls/cert.pem
MAILSTACK_CANDIDATE_USER=candidate@$DOMAIN
MAILSTACK_CANDIDATE_PASS=$PASSWORD
MAILSTACK_SINK_USER=sink@$DOMAIN
MAILSTACK_SINK_PASS=$PASSWORD
MAILSTACK_BENCH_USER=bench@$DOMAIN
MAILSTACK_BENCH_PASS=$PASSWORD
MAILSTACK_SENT_MAILBOX=Sent
MAILSTACK_MAIL_ROOT=$DIR/mail
MAILSTACK_DOVECOT_CONF=$DIR/dovecot/dovecot.conf
EOF
	mv "$DIR/mailstack.env.tmp" "$DIR/mailstack.env"
}

stop_daemons() { # PIDFILE NAME ...: SIGTERM all, wait up to 10 s together, then SIGKILL
	local pids=() names=() pid i alive
	while (($# >= 2)); do
		if running "$1"; then
			pid=$(head -n1 "$1" | tr -d ' \n')
			kill -TERM "$pid" 2>/dev/null || true
			pids+=("$pid")
			names+=("$2")
		fi
		shift 2
	done
	((${#pids[@]} == 0)) && return 0
	for ((i = 0; i < 100; i++)); do
		alive=0
		for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
		((alive == 0)) && break
		sleep 0.1
	done
	for i in "${!pids[@]}"; do
		if kill -0 "${pids[$i]}" 2>/dev/null; then
			say "${names[$i]} (pid ${pids[$i]}) ignored SIGTERM; sending SIGKILL"
			kill -KILL "${pids[$i]}" 2>/dev/null || true
		fi
		say "stopped ${names[$i]} (pid ${pids[$i]})"
	done
}

STARTED=()
on_start_exit() {
	local rc=$?
	if ((rc != 0)) && ((${#STARTED[@]} > 0)); then
		say "start failed; stopping what this run started"
		stop_daemons "${STARTED[@]}"
	fi
}

start() {
	require_root
	mkdir -p "$DIR"
	DIR=$(cd "$DIR" && pwd -P)
	chmod 0755 "$DIR"
	mkdir -p "$DIR/log"
	install_packages
	check_traversable
	trap on_start_exit EXIT
	if ! running "$(dovecot_pidfile)"; then
		ensure_port_free "$IMAP_PORT" IMAP
		ensure_port_free "$IMAPS_PORT" IMAPS
		ensure_port_free "$LMTP_PORT" LMTP
		write_dovecot_conf
		doveconf -c "$DIR/dovecot/dovecot.conf" -n </dev/null >"$DIR/log/doveconf.log" 2>&1 ||
			die "invalid Dovecot configuration; see $DIR/log/doveconf.log"
		# Dovecot keeps the stdio it was started with open forever: detach it, else a caller
		# reading our output through a pipe would wait until the stack stops.
		dovecot -c "$DIR/dovecot/dovecot.conf" </dev/null >>"$DIR/log/dovecot-start.log" 2>&1 ||
			die "dovecot did not start; see $DIR/log/dovecot.log and $DIR/log/dovecot-start.log"
		STARTED+=("$(dovecot_pidfile)" dovecot)
	fi
	if ! running "$(postfix_pidfile)"; then
		ensure_port_free "$SMTP_PORT" SMTP
		write_postfix_conf
		# "postfix start" runs "postfix check" (creates the queue, fixes ownership)
		postfix -c "$DIR/postfix/etc" start </dev/null >>"$DIR/log/postfix-start.log" 2>&1 ||
			die "postfix did not start; see $DIR/log/postfix.log and $DIR/log/postfix-start.log"
		STARTED+=("$(postfix_pidfile)" postfix)
	fi
	wait_port "$IMAP_PORT" 15 || die "IMAP port $IMAP_PORT not ready; see $DIR/log/dovecot.log"
	wait_port "$IMAPS_PORT" 15 || die "IMAPS port $IMAPS_PORT not ready; see $DIR/log/dovecot.log"
	wait_port "$LMTP_PORT" 15 || die "LMTP port $LMTP_PORT not ready; see $DIR/log/dovecot.log"
	wait_port "$SMTP_PORT" 15 || die "SMTP port $SMTP_PORT not ready; see $DIR/log/postfix.log"
	write_env
	trap - EXIT
	say "up: IMAP $HOST:$IMAP_PORT, IMAPS $HOST:$IMAPS_PORT, SMTP $HOST:$SMTP_PORT; export MAILSTACK_DIR=$DIR"
}

stop() {
	require_root
	if [[ ! -d $DIR ]]; then
		say "nothing to stop: $DIR does not exist"
		return 0
	fi
	DIR=$(cd "$DIR" && pwd -P)
	stop_daemons "$(postfix_pidfile)" postfix "$(dovecot_pidfile)" dovecot
	rm -f "$DIR/mailstack.env"
}

status() {
	local rc=0 f
	if [[ ! -d $DIR ]]; then
		echo "dovecot: stopped"
		echo "postfix: stopped"
		return 3
	fi
	DIR=$(cd "$DIR" && pwd -P)
	f=$(dovecot_pidfile)
	if running "$f"; then echo "dovecot: running (pid $(head -n1 "$f" | tr -d ' '))"; else
		echo "dovecot: stopped"
		rc=3
	fi
	f=$(postfix_pidfile)
	if running "$f"; then echo "postfix: running (pid $(head -n1 "$f" | tr -d ' '))"; else
		echo "postfix: stopped"
		rc=3
	fi
	if ((rc == 0)) && [[ -f $DIR/mailstack.env ]]; then cat "$DIR/mailstack.env"; fi
	return $rc
}

case $CMD in
start) start ;;
stop) stop ;;
status) status ;;
*) usage ;;
esac
