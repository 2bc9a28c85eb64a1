package main

import (
	"os"
	"path/filepath"
)

// defaultConfigPath is where the config is looked for when --config is not
// given: systemd's $CONFIGURATION_DIRECTORY, else the user's config dir.
func defaultConfigPath() string {
	if d := os.Getenv("CONFIGURATION_DIRECTORY"); d != "" {
		return filepath.Join(d, "config.toml")
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "followupd", "config.toml")
	}
	return "config.toml"
}
