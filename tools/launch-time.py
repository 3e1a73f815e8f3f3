#!/usr/bin/env python3
"""Measures how long the game takes to show its title and to start a level, by watching the screen.

Each run starts the jar on its own virtual X display (Xvfb), grabs the whole screen every --poll seconds
and notes when the title is first drawn (the screen stops being one flat colour). It then presses Enter
(title to main menu) and, once the menu is drawn, Enter again ("Play": the first level with a fresh
progress), and notes when the level is drawn (most of the screen differs from the menu). With --direct
ARGS it instead times one launch straight into a level, e.g. --direct "--level hazard-lab".

Cold runs use a fresh user directory (nothing cached); a warm run reuses the directory of the cold run
before it, after that run has finished rendering its sounds. Needs Xvfb and libX11/libXtst (ctypes, no
other Python packages). Usage:
    tools/launch-time.py [-n RUNS] [--cache cold|warm|both] [--jar JAR]... [--direct ARGS] [--poll S]
Given several --jar, each run launches them in turn, so a before/after comparison shares the machine's
load (on a shared machine the load moves the figures more than most changes do).
"""
import argparse
import ctypes
import ctypes.util
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WIDTH, HEIGHT = 1280, 720
# How long to wait for anything before calling a run failed, seconds.
TIMEOUT = 30.0
# A sampled pixel counts as changed when a channel differs by more than this (0-255).
CHANGED = 12
# A level frame differs from the menu frame in at least this share of sampled pixels.
LEVEL_SHARE = 0.3
# The log line that says every sound is rendered (and cached): a warm run waits for it.
AUDIO_DONE = " sounds ready in "


class XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
                ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int),
                ("bits_per_pixel", ctypes.c_int)]


class Screen:
    """One X display: grabs its root window and presses keys on it (XTest)."""

    def __init__(self, name):
        self.x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self.xtst = ctypes.CDLL(ctypes.util.find_library("Xtst") or "libXtst.so.6")
        self.x11.XOpenDisplay.restype = ctypes.c_void_p
        self.x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x11.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x11.XGetImage.restype = ctypes.POINTER(XImage)
        self.x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                       ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        self.x11.XDestroyImage.argtypes = [ctypes.POINTER(XImage)]
        self.x11.XKeysymToKeycode.restype = ctypes.c_ubyte
        self.x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
        self.x11.XFlush.argtypes = [ctypes.c_void_p]
        self.x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.xtst.XTestFakeKeyEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int, ctypes.c_ulong]
        self.display = self.x11.XOpenDisplay(name.encode())
        if not self.display:
            raise RuntimeError("can't open the X display " + name)
        self.root = self.x11.XDefaultRootWindow(self.display)

    def grab(self):
        """A coarse sample of the screen: the colour bytes of every 8th pixel of every 8th row."""
        image = self.x11.XGetImage(self.display, self.root, 0, 0, WIDTH, HEIGHT, 0xFFFFFFFF, 2)  # ZPixmap
        try:
            line = image.contents.bytes_per_line
            data = ctypes.string_at(image.contents.data, line * HEIGHT)
        finally:
            self.x11.XDestroyImage(image)
        rows = [data[row * line:(row + 1) * line] for row in range(0, HEIGHT, 8)]
        return b"".join(row[channel::32] for row in rows for channel in range(3))

    def key(self, keysym):
        code = self.x11.XKeysymToKeycode(self.display, keysym)
        self.xtst.XTestFakeKeyEvent(self.display, code, 1, 0)
        self.x11.XFlush(self.display)
        time.sleep(0.03)
        self.xtst.XTestFakeKeyEvent(self.display, code, 0, 0)
        self.x11.XFlush(self.display)

    def close(self):
        self.x11.XCloseDisplay(self.display)


RETURN = 0xFF0D


def cpu_seconds(pid):
    """User and system CPU the process has used so far: unlike wall time, hardly moved by other load."""
    with open("/proc/%d/stat" % pid) as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def uniform(sample):
    return sample.count(sample[:1]) == len(sample)


def changed_share(sample, reference):
    return sum(1 for a, b in zip(sample, reference) if abs(a - b) > CHANGED) / len(sample)


def wait_for(screen, poll, started, test, what, game):
    """Polls until test(sample) holds; returns (seconds since started, sample)."""
    while True:
        sample = screen.grab()
        now = time.monotonic()
        if test(sample):
            return now - started, sample
        if game.poll() is not None:
            raise RuntimeError("the game exited before " + what)
        if now - started > TIMEOUT:
            raise RuntimeError("no " + what + " after %.0f s" % TIMEOUT)
        time.sleep(poll)


def start_xvfb():
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "%dx%dx24" % (WIDTH, HEIGHT),
                             "-nolisten", "tcp", "-br"], pass_fds=[write], stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        raise RuntimeError("Xvfb did not start")
    return xvfb, ":" + number


def run_once(args, jar, user_dir, log_path, wait_for_audio):
    """One launch; returns the measured seconds as a dict."""
    xvfb, display = start_xvfb()
    screen = None
    game = None
    try:
        screen = Screen(display)
        env = dict(os.environ, DISPLAY=display, ALSOFT_DRIVERS="null")
        command = ["java", "-jar", jar, "--user-dir", user_dir]
        if args.direct is not None:
            command[3:3] = shlex.split(args.direct)
        with open(log_path, "w") as log:
            started = time.monotonic()
            game = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
            first, menu = wait_for(screen, args.poll, started, lambda s: not uniform(s), "first frame", game)
            result = {"first frame": first, "cpu to it": cpu_seconds(game.pid)}
            if args.direct is None:
                time.sleep(0.3)
                title = screen.grab()
                screen.key(RETURN)
                _, menu = wait_for(screen, args.poll, time.monotonic(),
                                   lambda s: changed_share(s, title) > 0.02, "main menu", game)
                time.sleep(0.3)
                menu = screen.grab()
                cpu_before = cpu_seconds(game.pid)
                screen.key(RETURN)
                chosen = time.monotonic()
                result["level"], _ = wait_for(screen, args.poll, chosen,
                                              lambda s: not uniform(s) and changed_share(s, menu) > LEVEL_SHARE,
                                              "level frame", game)
                result["cpu for it"] = cpu_seconds(game.pid) - cpu_before
            if wait_for_audio:
                waited = time.monotonic()
                while game.poll() is None and time.monotonic() - waited < TIMEOUT:
                    with open(log_path) as text:
                        if AUDIO_DONE in text.read():
                            break
                    time.sleep(0.2)
        return result
    finally:
        if game is not None and game.poll() is None:
            game.terminate()
            try:
                game.wait(5)
            except subprocess.TimeoutExpired:
                game.kill()
        if screen is not None:
            screen.close()
        xvfb.terminate()
        xvfb.wait()


def report(name, values):
    if not values:
        return
    print("  %-12s median %.2f s, worst %.2f s, best %.2f s  (%s)" % (
        name, statistics.median(values), max(values), min(values), " ".join("%.2f" % v for v in values)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=5, help="launches per kind (default 5)")
    parser.add_argument("--cache", choices=["cold", "warm", "both"], default="both",
                        help="cold: a fresh user dir each run; warm: reuse one (default both)")
    parser.add_argument("--jar", action="append", help="the game (default desktop/target/judgment-day.jar);"
                        " give it again to compare jars")
    parser.add_argument("--direct", metavar="ARGS", help="time one launch with these arguments to its first frame")
    parser.add_argument("--poll", type=float, default=0.05, help="seconds between screen grabs (default 0.05)")
    parser.add_argument("--keep", metavar="DIR", help="keep the game's logs in this directory")
    args = parser.parse_args()
    jars = args.jar or [os.path.join(REPO, "desktop/target/judgment-day.jar")]
    for jar in jars:
        if not os.path.isfile(jar):
            sys.exit("launch-time: no jar at %s (build it: mvn -B -DskipTests package)" % jar)
    if shutil.which("Xvfb") is None:
        sys.exit("launch-time: needs Xvfb (Debian package xvfb)")
    work = tempfile.mkdtemp(prefix="launch-time-")
    logs = args.keep or work
    os.makedirs(logs, exist_ok=True)
    results = {(j, kind): [] for j in range(len(jars)) for kind in ("cold", "warm")}
    kinds = ["cold", "warm"] if args.cache == "both" else [args.cache]
    try:
        for run in range(args.runs):
            for j, jar in enumerate(jars):
                user_dir = os.path.join(work, "user-%d-%d" % (j, run))
                if args.cache == "warm":
                    run_once(args, jar, user_dir, os.path.join(logs, "prime-%d-%d.log" % (j, run)), True)
                for kind in kinds:
                    log = os.path.join(logs, "%s-%d-%d.log" % (kind, j, run))
                    result = run_once(args, jar, user_dir, log, kind == "cold" and args.cache == "both")
                    results[(j, kind)].append(result)
                    print("%s %s %d: %s" % (os.path.basename(jar), kind, run + 1,
                                            ", ".join("%s %.2f s" % kv for kv in result.items())), flush=True)
    except (RuntimeError, OSError) as e:
        sys.exit("launch-time: %s (logs in %s)" % (e, logs))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print("first frame: seconds from launching java; level: from the key press that chose it;"
          " cpu to it, cpu for it: the CPU seconds the game used (all its threads: JIT, GC, sound)")
    for (j, kind), runs in results.items():
        if runs:
            print("%s, %s:" % (jars[j], kind))
            for measure in runs[0]:
                report(measure, [r[measure] for r in runs])


if __name__ == "__main__":
    main()
