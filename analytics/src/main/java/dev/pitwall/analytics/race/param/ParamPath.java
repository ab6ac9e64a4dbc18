package dev.pitwall.analytics.race.param;

/** Where a value sits: file, INI section and the dotted JSON path inside the section's value. */
public record ParamPath(String file, String section, String path) {

  public ParamPath child(String key) {
    return new ParamPath(file, section, path + "." + key);
  }

  public ParamPath index(int i) {
    return new ParamPath(file, section, path + "[" + i + "]");
  }

  @Override
  public String toString() {
    return file + " [" + section + "] " + path;
  }
}
