# Writes <SITE>/sw.js from TEMPLATE: the cache version is a hash of every file the app loads (so any
# change to any of them gives a new cache and a clean update), FILES is the list it caches at install, LAZY
# the files it caches only once the app fetches them (the fallback font: not part of the first visit), OFFICE
# the files it caches when the office page asks (the demo package, which a kiosk must never hold).
# cmake -DSITE=dir -DTEMPLATE=web/sw.js -DFILES="index.html|gongjian.js|..." [-DLAZY="a|b"] [-DOFFICE="c;d"] -P write_service_worker.cmake
set(_manifest "")

# Appends each file of the list to the manifest (with `tag`) and sets `out` to the list as JavaScript strings.
function(site_files files tag out)
  set(_list "")
  foreach(_f IN LISTS files)
    if(NOT EXISTS "${SITE}/${_f}")
      message(FATAL_ERROR "write_service_worker: ${SITE}/${_f} is missing, so the offline cache would be incomplete")
    endif()
    file(SHA256 "${SITE}/${_f}" _hash)
    string(APPEND _manifest "${_f} ${_hash}${tag}\n")
    if(_list)
      string(APPEND _list ", ")
    endif()
    string(APPEND _list "'${_f}'")
  endforeach()
  set(${out} "${_list}" PARENT_SCOPE)
  set(_manifest "${_manifest}" PARENT_SCOPE)
endfunction()

string(REPLACE "|" ";" _files "${FILES}")
string(REPLACE "|" ";" _lazy "${LAZY}")
string(REPLACE "|" ";" _office "${OFFICE}")
site_files("${_files}" "" GONGJIAN_CACHE_FILES)
site_files("${_lazy}" " lazy" GONGJIAN_CACHE_LAZY)
site_files("${_office}" " office" GONGJIAN_CACHE_OFFICE)
string(SHA256 _version "${_manifest}")
string(SUBSTRING "${_version}" 0 16 GONGJIAN_CACHE_VERSION)
configure_file("${TEMPLATE}" "${SITE}/sw.js" @ONLY)
file(WRITE "${SITE}/cache-manifest.txt" "${_manifest}")
