# A minimal Rails Action Cable app (Debian's ruby-actioncable 6.1 under puma), mounted at /cable as Rails does:
# an echo channel, the async adapter, allowed_request_origins from CABLE_ALLOWED_ORIGINS (comma-separated;
# unset keeps Rails' default, same origin as Host only), its log in CABLE_LOG for a test to read.
require "action_cable"
require "logger"

module ApplicationCable
  class Connection < ActionCable::Connection::Base
  end

  class Channel < ActionCable::Channel::Base
  end
end

class EchoChannel < ApplicationCable::Channel
  def subscribed
    stream_from "echo"
  end

  def receive(data)
    transmit(data)
  end
end

ActionCable.server.config.cable = { "adapter" => "async" }
ActionCable.server.config.connection_class = -> { ApplicationCable::Connection }
ActionCable.server.config.logger = Logger.new(ENV.fetch("CABLE_LOG"))
origins = ENV.fetch("CABLE_ALLOWED_ORIGINS", "")
ActionCable.server.config.allowed_request_origins = origins.split(",") unless origins.empty?

map "/cable" do
  run ActionCable.server
end
