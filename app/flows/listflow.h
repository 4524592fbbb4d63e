// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/segmentsummary.h"
#include "common/result.h"
#include "local/draftstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiCall;
class FieldCatalogue;
class FieldDefinitionsApi;
class ListsApi;
class SegmentTableModel;
class SegmentsApi;

/// The account's segment list, without widgets: reading it (with the lists' names and the field
/// definitions that label and check it), the drafts an earlier run left to offer once per
/// profile, and the queries the list's filter matches, which the list endpoint does not send.
/// `listed` is the list as shown (the window's model): created and deleted segments included.
class ListFlow : public QObject
{
    Q_OBJECT

public:
    ListFlow(SegmentsApi *segments, ListsApi *lists, FieldDefinitionsApi *fields,
             DraftStore *drafts, const SegmentTableModel *listed, QObject *parent = nullptr);
    ~ListFlow() override;

    /// Reads the segments, the lists' names and the field definitions: loading(), then
    /// loaded() or failed().
    void reload();
    /// Another profile opened: what was read of the previous account goes, and its kept
    /// drafts are offered again.
    void forget();
    /// The account's list was read since the last reload().
    bool isLoaded() const { return m_loaded; }
    const QHash<QString, QString> &listNames() const { return m_listNames; }
    bool isListed(const QString &id) const;

    /// The drafts to offer: once per profile, then none.
    Result<QList<Draft>> draftsToOffer();
    /// "Restore?" for `drafts`, naming each segment as listed (a draft may rename it).
    QString draftsQuestion(const QList<Draft> &drafts) const;
    /// The person declined: the drafts go.
    VoidResult dropDrafts(const QList<Draft> &drafts);
    /// The drafts of every listed segment go (the sample data is made anew).
    VoidResult dropListedDrafts();

    /// The query of a listed segment, as read or saved: the filter matches it from now on.
    void learnQuery(const QString &id, const QString &query);
    /// While the filter has text: reads, one at a time and quietly, the queries of listed
    /// segments not known yet. A failure stops it until the filter changes again.
    void setFilterText(const QString &text);

Q_SIGNALS:
    void loading(ApiCall *call);
    void loaded(const QList<SegmentSummary> &segments);
    void failed(const ApiError &error);
    void listNamesChanged(const QHash<QString, QString> &names);
    void catalogueChanged(const FieldCatalogue &catalogue);
    void queryLearned(const QString &id, const QString &query);

private:
    void loadListNames();
    void loadFields();
    void onLoaded(const ApiResult<QList<SegmentSummary>> &result);
    QString listedName(const Draft &draft) const;
    VoidResult dropDraftsOf(const QStringList &ids);
    void fetchUnknownQueries();

    SegmentsApi *m_segments;
    ListsApi *m_lists;
    FieldDefinitionsApi *m_fields;
    DraftStore *m_drafts;
    const SegmentTableModel *m_listed;
    QPointer<ApiCall> m_queryFetch;
    QHash<QString, QString> m_listNames;
    QSet<QString> m_knownQueries;
    QString m_filterText;
    bool m_loaded = false;
    bool m_draftsOffered = false;
};
