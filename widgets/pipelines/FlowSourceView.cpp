#include "widgets/pipelines/FlowSourceView.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace wfs {

// A plain text editor with a line number gutter (the Qt code editor example, trimmed).
class FlowSourceView::Editor : public QPlainTextEdit
{
public:
    explicit Editor(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new Gutter(this))
    {
        connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
        connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
            if (dy)
                m_gutter->scroll(0, dy);
            else
                m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
        });
        setViewportMargins(gutterWidth(), 0, 0, 0);
    }

    int gutterWidth() const
    {
        const int digits = QString::number(qMax(1, blockCount())).size();
        return 12 + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits);
    }
    int errorLine = 0;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        const QRect r = contentsRect();
        m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
    }

private:
    class Gutter : public QWidget
    {
    public:
        explicit Gutter(Editor *editor) : QWidget(editor), m_editor(editor) {}

    protected:
        void paintEvent(QPaintEvent *event) override
        {
            QPainter p(this);
            p.fillRect(event->rect(), QColor(0xeceff1));
            QTextBlock block = m_editor->firstVisibleBlock();
            double top = m_editor->blockBoundingGeometry(block).translated(m_editor->contentOffset()).top();
            const int lineHeight = m_editor->fontMetrics().height();
            p.setFont(m_editor->font());
            while (block.isValid() && top <= event->rect().bottom()) {
                const int number = block.blockNumber() + 1;
                if (block.isVisible()) {
                    p.setPen(number == m_editor->errorLine ? QColor(0xc62828) : QColor(0x90a4ae));
                    p.drawText(QRectF(0, top, width() - 6, lineHeight), Qt::AlignRight, QString::number(number));
                }
                top += m_editor->blockBoundingRect(block).height();
                block = block.next();
            }
        }

    private:
        Editor *m_editor;
    };

    Gutter *m_gutter;
};

FlowSourceView::FlowSourceView(QWidget *parent) : QWidget(parent)
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("flowError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #ffebee; color: #b71c1c; padding: 6px; }"));
    m_error->hide();
    m_edit = new Editor(this);
    m_edit->setObjectName(QStringLiteral("flowSource"));
    m_edit->setReadOnly(true);
    m_edit->setUndoRedoEnabled(false);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_error);
    layout->addWidget(m_edit, 1);
}

void FlowSourceView::setSource(const QString &text)
{
    if (m_edit->toPlainText() != text)
        m_edit->setPlainText(text);
}

void FlowSourceView::setError(int line, int column, const QString &message)
{
    m_errorLine = line;
    m_edit->errorLine = line;
    m_error->setText(message);
    m_error->show();
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = m_edit->document()->findBlockByNumber(line - 1);
    if (line > 0 && block.isValid()) {
        QTextEdit::ExtraSelection s;
        s.format.setBackground(QColor(0xffcdd2));
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        s.cursor = QTextCursor(block);
        selections << s;
        QTextCursor at(block);
        at.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, qBound(0, column - 1, block.length() - 1));
        m_edit->setTextCursor(at);
        m_edit->centerCursor();
    }
    m_edit->setExtraSelections(selections);
    m_edit->viewport()->update();
}

void FlowSourceView::clearError()
{
    m_errorLine = 0;
    m_edit->errorLine = 0;
    m_error->clear();
    m_error->hide();
    m_edit->setExtraSelections({});
}

QPlainTextEdit *FlowSourceView::editor() const
{
    return m_edit;
}

QString FlowSourceView::errorText() const
{
    return m_error->text();
}

QList<int> FlowSourceView::highlightedLines() const
{
    QList<int> lines;
    for (const QTextEdit::ExtraSelection &s : m_edit->extraSelections())
        lines << s.cursor.blockNumber() + 1;
    return lines;
}

} // namespace wfs
