#pragma once

// Before a stretch of SSE code (ours, and libraries built for plain x86-64 such as zbar) that
// runs right after Qt has painted: on CPUs with AVX the painting leaves the upper halves of the
// vector registers in use, and every SSE instruction after it then pays for merging them. A 1-bit
// raster of a 203-dpi label took 0.48 ms instead of 0.15 ms until this was called first.
namespace VectorState {
// Marks the upper halves clean (VZEROUPPER) where the CPU has AVX; nothing elsewhere.
void clean();
} // namespace VectorState
