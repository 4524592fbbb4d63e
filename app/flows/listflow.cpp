// SPDX-License-Identifier: MIT
#include "listflow.h"

#include "api/fielddefinitionsapi.h"
#include "api/listsapi.h"
#include "api/segmentsapi.h"
#include "models/segmenttablemodel.h"
#include "query/fieldcatalogue.h"

ListFlow::ListFlow(SegmentsApi *segments, ListsApi *lists, FieldDefinitionsApi *fields,
                   DraftStore *drafts, const SegmentTableModel *listed, QObject *parent)
    : QObject(parent)
    , m_segments(segments)
    , m_lists(lists)
    , m_fields(fields)
    , m_drafts(drafts)
    , m_listed(listed)
{ }

ListFlow::~ListFlow() = default;

void ListFlow::reload()
{
    m_loaded = false;
    Q_EMIT loading(m_segments->list({}, this, [this](const auto &result) { onLoaded(result); }));
    loadListNames();
    loadFields();
}

void ListFlow::forget()
{
    m_draftsOffered = false;
    m_listNames.clear();
}

// List names label the parent-list column; without them the ids are shown.
void ListFlow::loadListNames()
{
    m_lists->list(1000, {}, this, [this](const ApiResult<ContactListPage> &page) {
        if (!page.isOk())
            return;
        for (const ContactList &list : page.value->lists)
            m_listNames.insert(list.id, list.name);
        Q_EMIT listNamesChanged(m_listNames);
    });
}

void ListFlow::loadFields()
{
    m_fields->list(this, [this](const ApiResult<QList<FieldDefinition>> &fields) {
        if (fields.isOk())
            Q_EMIT catalogueChanged(FieldCatalogue(*fields.value));
    });
}

void ListFlow::onLoaded(const ApiResult<QList<SegmentSummary>> &result)
{
    if (!result.isOk())
        return Q_EMIT failed(result.error);
    m_loaded = true;
    Q_EMIT loaded(*result.value);
}

bool ListFlow::isListed(const QString &id) const
{
    return m_listed->rowOf(id) >= 0;
}

Result<QList<Draft>> ListFlow::draftsToOffer()
{
    if (std::exchange(m_draftsOffered, true))
        return Result<QList<Draft>>::success({});
    Result<QList<Draft>> kept = m_drafts->all();
    if (!kept.isOk())
        return Result<QList<Draft>>::failure(tr("Local drafts: %1").arg(kept.error()));
    return kept;
}

QString ListFlow::draftsQuestion(const QList<Draft> &drafts) const
{
    if (drafts.size() == 1)
        return tr("SegmentDesk closed before your edit of \"%1\" was saved.")
            .arg(listedName(drafts.constFirst()));
    QStringList names;
    for (const Draft &d : drafts)
        names << u'"' + listedName(d) + u'"';
    return tr("SegmentDesk closed before %1 edits were saved: %2.")
        .arg(drafts.size())
        .arg(names.join(QStringLiteral(", ")));
}

// The segment's name as listed (the draft may rename it), else the draft's own.
QString ListFlow::listedName(const Draft &draft) const
{
    for (const SegmentSummary &s : m_listed->segments()) {
        if (s.id == draft.segmentId)
            return s.name;
    }
    return draft.name;
}

VoidResult ListFlow::dropDrafts(const QList<Draft> &drafts)
{
    QStringList ids;
    for (const Draft &d : drafts)
        ids << d.segmentId;
    return dropDraftsOf(ids);
}

VoidResult ListFlow::dropListedDrafts()
{
    QStringList ids;
    for (const SegmentSummary &s : m_listed->segments())
        ids << s.id;
    return dropDraftsOf(ids);
}

VoidResult ListFlow::dropDraftsOf(const QStringList &ids)
{
    VoidResult removed = m_drafts->removeAll(ids);
    if (!removed.isOk())
        return VoidResult::failure(tr("Local drafts: %1").arg(removed.error()));
    return removed;
}

void ListFlow::learnQuery(const QString &id, const QString &query)
{
    m_knownQueries.insert(id);
    Q_EMIT queryLearned(id, query);
}

void ListFlow::setFilterText(const QString &text)
{
    m_filterText = text;
    fetchUnknownQueries();
}

void ListFlow::fetchUnknownQueries()
{
    if (m_queryFetch || !m_loaded || m_filterText.trimmed().isEmpty())
        return;
    for (const SegmentSummary &s : m_listed->segments()) {
        if (m_knownQueries.contains(s.id))
            continue;
        m_queryFetch
            = m_segments->get(s.id, false, this, [this, id = s.id](const ApiResult<Segment> &read) {
                  m_queryFetch = nullptr;
                  if (!read.isOk() || !isListed(id))
                      return; // failed, or the list changed meanwhile (another profile)
                  learnQuery(id, read.value->queryDsl);
                  fetchUnknownQueries();
              });
        return;
    }
}
