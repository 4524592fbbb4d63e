# SPDX-License-Identifier: MIT
# segmentdesk_layer(TARGET FOLDER SOURCES...): a static library for the layer app/FOLDER whose
# include root holds that folder alone (a link in the build tree), so `#include "FOLDER/x.h"`
# resolves only in targets that link the layer. With app/ itself as an include root, every header
# would be found by every target, and a wrong include would build as long as it linked.
function(segmentdesk_layer target folder)
    qt_add_library(${target} STATIC ${ARGN})
    set(root ${PROJECT_BINARY_DIR}/layers/${folder})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR}/${folder} ${root}/${folder} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${root})
endfunction()
