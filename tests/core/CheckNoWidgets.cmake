# Fails when a core test binary (which links only peyvand_core) depends on
# Qt Widgets, Charts or PrintSupport.
execute_process(COMMAND ldd ${TARGET_FILE} OUTPUT_VARIABLE deps RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd failed on ${TARGET_FILE}")
endif()
if(deps MATCHES "Qt6(Widgets|Charts|PrintSupport)")
    message(FATAL_ERROR "core links a GUI-only Qt module:\n${deps}")
endif()
message(STATUS "core links only Core/Sql/Gui")
