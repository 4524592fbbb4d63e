// SPDX-License-Identifier: MIT
#pragma once

/// What the app and its sandbox add to SendGrid's API between themselves. The sandbox names
/// itself in a header of every answer; the app asks the sandbox's own endpoints (under
/// `PathPrefix`) only of a local server that did, and never of a SendGrid account.
namespace SandboxProtocol {
inline constexpr char IdentityHeader[] = "X-SegmentDesk-Sandbox";
inline constexpr char PathPrefix[] = "/__sandbox/";
} // namespace SandboxProtocol
