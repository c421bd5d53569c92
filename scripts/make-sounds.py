#!/usr/bin/env python3
"""Writes the pack station's sounds (resources/sounds/*.wav): short, distinct, 16-bit mono 22.05 kHz.

Deterministic (no randomness), so the committed files are exactly what this script makes:
    python3 scripts/make-sounds.py resources/sounds
Each sound is told apart by rhythm and pitch, not loudness, so it survives a noisy floor and a
cheap speaker: a blip (item), a rising chord (parcel done), a ding-dong (read the message), two
flat knocks (already packed), a low double buzz (wrong), a siren (STOP) and a falling run
(wrong courier)."""
import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050


def tone(freq, ms, shape="sine", volume=0.6):
    n = int(RATE * ms / 1000)
    fade = min(n // 4, int(RATE * 0.008))  # 8 ms ramps: no clicks
    out = []
    for i in range(n):
        phase = (i * freq / RATE) % 1.0
        if shape == "square":
            v = 1.0 if phase < 0.5 else -1.0
            v *= 0.55  # a square is louder than a sine at the same peak
        elif shape == "saw":
            v = (2.0 * phase - 1.0) * 0.7
        else:
            v = math.sin(2 * math.pi * phase)
        env = 1.0
        if i < fade:
            env = i / fade
        elif i > n - fade:
            env = (n - i) / fade
        out.append(v * env * volume)
    return out


def silence(ms):
    return [0.0] * int(RATE * ms / 1000)


SOUNDS = {
    "item": tone(1320, 90),
    "packed": tone(1047, 110) + tone(1319, 110) + tone(1568, 260),
    "attention": tone(880, 220, volume=0.5) + tone(660, 320, volume=0.5),
    "already_packed": tone(520, 150, "square") + silence(90) + tone(520, 150, "square"),
    "error": tone(220, 220, "square") + silence(80) + tone(220, 220, "square"),
    "stop": sum((tone(960, 170, "square") + tone(640, 170, "square") for _ in range(4)), []),
    "wrong_courier": sum((tone(880, 110, "saw") + tone(587, 110, "saw") + tone(392, 160, "saw")
                          + silence(60) for _ in range(2)), []),
}


def main():
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/sounds")
    folder.mkdir(parents=True, exist_ok=True)
    for name, samples in SOUNDS.items():
        with wave.open(str(folder / f"{name}.wav"), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


if __name__ == "__main__":
    main()
