#pragma once

#include <QPlainTextEdit>
#include <QWidget>

class QLabel;

namespace wfs {

// The workflow file's text, read-only, with line numbers; a problem is shown above the text and
// its line is highlighted and scrolled into view.
class FlowSourceView : public QWidget
{
    Q_OBJECT
public:
    explicit FlowSourceView(QWidget *parent = nullptr);

    void setSource(const QString &text);
    // `line` and `column` 1-based; line 0 shows the message without pointing at a line.
    void setError(int line, int column, const QString &message);
    void clearError();

    QPlainTextEdit *editor() const;
    int errorLine() const { return m_errorLine; }
    QString errorText() const;
    // The 1-based lines currently highlighted.
    QList<int> highlightedLines() const;

private:
    class Editor;
    Editor *m_edit = nullptr;
    QLabel *m_error = nullptr;
    int m_errorLine = 0;
};

} // namespace wfs
