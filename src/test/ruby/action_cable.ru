# A minimal Rails Action Cable app (Debian's ruby-actioncable 6.1 under puma), mounted at /cable as Rails does:
# an echo channel, a channel that rejects every subscription, a connection that refuses members-only requests
# without their cookie, the async adapter, allowed_request_origins from CABLE_ALLOWED_ORIGINS (comma-separated;
# unset keeps Rails' default, same origin as Host only), its log in CABLE_LOG for a test to read, and the
# heartbeat's interval in seconds from CABLE_BEAT_INTERVAL (unset keeps Rails' 3 s).
require "action_cable"
require "logger"

module ApplicationCable
  # Refuses, as an app that identifies its users by a cookie does, a request that asks for ?members_only
  # and carries no "user" cookie (Rack's cookies: there is no Rails app for a signed cookie jar); any other
  # request is welcome (the doctor's tests dial it bare).
  class Connection < ActionCable::Connection::Base
    def connect
      reject_unauthorized_connection if request.params.key?("members_only") && request.cookies["user"].to_s.empty?
    end
  end

  class Channel < ActionCable::Channel::Base
  end
end

# Streams from its room (or "echo" without one): speak broadcasts the data back to everyone in it, a message
# sent without an action is transmitted back to its sender.
class EchoChannel < ApplicationCable::Channel
  def subscribed
    stream_from stream
  end

  def receive(data)
    transmit(data)
  end

  def speak(data)
    ActionCable.server.broadcast(stream, data.except("action"))
  end

  private

  def stream
    params[:room] ? "echo:#{params[:room]}" : "echo"
  end
end

# Rejects every subscription, as a channel does for a user who may not read it.
class SecretChannel < ApplicationCable::Channel
  def subscribed
    reject
  end
end

beat = ENV.fetch("CABLE_BEAT_INTERVAL", "")
unless beat.empty?
  # Rails reads the constant each time it starts the heartbeat's timer; a test lowers it to see many pings soon.
  ActionCable::Server::Connections.send(:remove_const, :BEAT_INTERVAL)
  ActionCable::Server::Connections.const_set(:BEAT_INTERVAL, Float(beat))
end

ActionCable.server.config.cable = { "adapter" => "async" }
ActionCable.server.config.connection_class = -> { ApplicationCable::Connection }
ActionCable.server.config.logger = Logger.new(ENV.fetch("CABLE_LOG"))
origins = ENV.fetch("CABLE_ALLOWED_ORIGINS", "")
ActionCable.server.config.allowed_request_origins = origins.split(",") unless origins.empty?

map "/cable" do
  run ActionCable.server
end
