// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class SqlEditor;

/// The margin left of the SQL editor's text where the line numbers go; the editor paints them.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(SqlEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SqlEditor *m_editor;
};
