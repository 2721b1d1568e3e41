#pragma once

// Happens-before annotations for ThreadSanitizer builds. Debian's Qt is not built with TSan, so
// the ordering QThread::wait() gives (a futex inside Qt) is invisible to it; these make the
// hand-over of the network thread's last writes to the joining thread explicit.
#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#define TOKENTAP_TSAN_ACQUIRE(addr) __tsan_acquire(static_cast<void *>(addr))
#define TOKENTAP_TSAN_RELEASE(addr) __tsan_release(static_cast<void *>(addr))
#else
#define TOKENTAP_TSAN_ACQUIRE(addr) static_cast<void>(addr)
#define TOKENTAP_TSAN_RELEASE(addr) static_cast<void>(addr)
#endif
