// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segment.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class SegmentsApi;

/// One save as DESIGN.md's data flow describes it: re-read the segment; if `updated_at`
/// moved since it was loaded, report a conflict and wait for the person's choice; otherwise
/// (or when told to overwrite) PATCH only what changed.
class SaveSession : public QObject
{
    Q_OBJECT

public:
    SaveSession(SegmentsApi *api, const Segment &base, QString name, QString queryDsl,
                QObject *parent = nullptr);

    void start();
    /// After conflict(): save mine over theirs.
    void overwrite();
    void cancel();

Q_SIGNALS:
    void conflict(const Segment &theirs);
    void saved(const Segment &segment);
    void failed(const ApiError &error);
    void nothingToSave();

private:
    void patch();

    SegmentsApi *m_api;
    Segment m_base;
    QString m_name;
    QString m_queryDsl;
    QPointer<ApiCall> m_call;
};
