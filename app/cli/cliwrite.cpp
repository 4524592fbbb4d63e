// SPDX-License-Identifier: MIT
// CliApp's segment writes (update, create, duplicate, recreate): a reply that leaves a write's
// fate open is checked in SendGrid before anything is said, as the window does.
#include "cliapp.h"

#include "api/apicall.h"
#include "clioutput.h"
#include "editing/segmentwrite.h"

void CliApp::runWrite(SegmentWrite *write, ApiCallback<Segment> done)
{
    connect(write, &SegmentWrite::callStarted, this, [this](ApiCall *call) { track(call); });
    connect(write, &SegmentWrite::finished, this, [this, done](const WriteOutcome &outcome) {
        using Fate = WriteOutcome::Fate;
        if (outcome.fate == Fate::Written && outcome.checked)
            CliOutput::write(stderr,
                             QStringLiteral("segmentdesk-cli: the reply did not say whether the "
                                            "write was applied (%1); reading it back shows it "
                                            "was.\n")
                                 .arg(outcome.error.toDisplayString().section(u'\n', 0, 0)));
        if (outcome.fate == Fate::Written)
            return done(ApiResult<Segment>::success(*outcome.segment));
        if (outcome.fate == Fate::NotWritten && outcome.checked)
            CliOutput::write(stderr,
                             QStringLiteral("segmentdesk-cli: the reply did not say whether the "
                                            "write was applied; reading it back shows it was "
                                            "not: nothing changed.\n"));
        finishWithError(outcome.error);
    });
    write->start();
}
