#pragma once

#include <utility>

namespace wfs {

// One read at a time for a reader's client: asking while a read is under way asks for exactly
// one more once it ends, so a burst of changes costs two reads, not one per change.
class ReadGate
{
public:
    // True when the caller starts a read now.
    bool request()
    {
        if (m_busy) {
            m_again = true;
            return false;
        }
        m_busy = true;
        return true;
    }
    // While a read is under way: one more once it ends.
    void again() { m_again = m_busy; }
    // The read ended: true when the caller starts the next one now.
    bool finish()
    {
        m_busy = std::exchange(m_again, false);
        return m_busy;
    }

private:
    bool m_busy = false;
    bool m_again = false;
};

} // namespace wfs
