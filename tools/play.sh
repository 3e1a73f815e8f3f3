#!/usr/bin/env bash
# A play-test driver: the game runs in its own virtual window and is FROZEN between commands (SIGSTOP), so only the
# game seconds you ask for pass. Set PT_DIR to your own folder on every call.
#   play start [game options...]   start the game (e.g. --level galleria), frozen; prints a screenshot path
#   play go TOKEN...               run the tokens, freeze, screenshot. Tokens:
#        d:1.5        hold D for 1.5 s        d+space:0.5   hold D and Space together 0.5 s
#        j            tap J (about 0.1 s)     wait:2        let 2 s pass with no key
#      key names: a-z, space, return, escape (or esc), up, down, left, right, tab
#   play shot                      screenshot without running
#   play time                      total game seconds you have let run so far
#   play stop                      close the game
# Each command costs about 0.25 s of extra game time as the game wakes (its frame clamp). Needs Xvfb, xdotool, ImageMagick.
# docs/playtesting.md says how the team uses it.
set -u
D=${PT_DIR:?set PT_DIR to your own folder, e.g. PT_DIR=/tmp/ptA}
JAR=${PT_JAR:-$(cd "$(dirname "$0")/.." && pwd)/desktop/target/judgment-day.jar}
mkdir -p "$D/shots"
key() { case "$1" in space) echo space;; return|enter) echo Return;; escape|esc) echo Escape;; up) echo Up;;
  down) echo Down;; left) echo Left;; right) echo Right;; tab) echo Tab;; *) echo "$1";; esac; }
disp() { cat "$D/display"; }
gpid() { cat "$D/game.pid"; }
freeze() { kill -STOP "$(gpid)" 2>/dev/null; }
thaw() { kill -CONT "$(gpid)" 2>/dev/null; }
alive() { kill -0 "$(gpid)" 2>/dev/null; }
addtime() { python3 -c "import sys;p='$D/playtime';t=float(open(p).read()) if __import__('os').path.exists(p) else 0.0;open(p,'w').write(str(t+float(sys.argv[1])))" "$1"; }
shot() {
  n=$(ls "$D/shots" | wc -l); f="$D/shots/$(printf %04d "$n").png"
  DISPLAY=$(disp) import -window root "$f" 2>/dev/null && echo "$f"
  alive || echo "(the game has exited; see $D/game.log)"
}
# A tester on a fresh machine got "Xvfb did not start", then screenshots that silently never came: say what is missing.
need() {
  local missing=()
  for tool in Xvfb xdotool import bc python3 java; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "play.sh needs ${missing[*]}: install them first (Debian: apt-get install -y xvfb xdotool imagemagick bc)" >&2
  exit 1
}
case "${1:-}" in
  start)
    shift; need
    [ -f "$D/game.pid" ] && alive && { echo "already running; play stop first"; exit 1; }
    fifo=$(mktemp -u); mkfifo "$fifo"
    setsid nohup Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp 3>"$fifo" >"$D/xvfb.log" 2>&1 &
    echo $! > "$D/xvfb.pid"
    read -r -t 10 num <"$fifo" || { echo "Xvfb did not start"; exit 1; }
    rm -f "$fifo"; echo ":$num" > "$D/display"
    cp "$JAR" "$D/game.jar"
    # Started in $D, not the repository: there the game would play (and hot-reload) assets/levels as it is edited.
    (cd "$D" && DISPLAY=":$num" ALSOFT_DRIVERS=null setsid nohup java -jar "$D/game.jar" --user-dir "$D/user" "$@" \
        >"$D/game.log" 2>&1 &)
    sleep 1
    # setsid may fork: the PID to freeze is the java process itself.
    pgrep -n -f "$D/game.jar" > "$D/game.pid"
    for i in $(seq 1 40); do
      w=$(DISPLAY=":$num" xdotool search --name "Judgment" 2>/dev/null | head -1); [ -n "$w" ] && break; sleep 0.5
    done
    [ -n "${w:-}" ] && DISPLAY=":$num" xdotool windowfocus "$w" 2>/dev/null
    sleep 3; freeze; echo 0 > "$D/playtime"; shot ;;
  go)
    shift; alive || { echo "the game is not running"; exit 1; }
    # One xdotool run for all the tokens, between thaw and freeze, so no process start-up eats game time.
    cmd=(); total=0
    for t in "$@"; do
      if [[ "$t" == wait:* ]]; then s=${t#wait:}; cmd+=(sleep "$s"); total=$(echo "$total + $s" | bc -l)
      elif [[ "$t" == *:* ]]; then
        s=${t##*:}; ks=${t%:*}; IFS=+ read -ra arr <<<"$ks"
        for k in "${arr[@]}"; do cmd+=(keydown "$(key "$k")"); done
        cmd+=(sleep "$s")
        for k in "${arr[@]}"; do cmd+=(keyup "$(key "$k")"); done
        total=$(echo "$total + $s" | bc -l)
      else
        cmd+=(keydown "$(key "$t")" sleep 0.1 keyup "$(key "$t")" sleep 0.05); total=$(echo "$total + 0.15" | bc -l)
      fi
    done
    # A key sent in the first frames after a thaw was lost on the end pages (a tester tapped Return twice there):
    # the game gets a few frames to wake before the keys, counted as played time.
    thaw; sleep 0.1; DISPLAY=$(disp) xdotool "${cmd[@]}"; freeze; total=$(echo "$total + 0.1" | bc -l)
    addtime "$total"; shot ;;
  shot) shot ;;
  time) cat "$D/playtime" ;;
  stop)
    thaw; kill "$(gpid)" 2>/dev/null; sleep 1; kill -9 "$(gpid)" 2>/dev/null; kill "$(cat "$D/xvfb.pid")" 2>/dev/null
    echo stopped ;;
  *) sed -n 2,14p "$0" ;;
esac
